#pragma once

// The remote-control password: LJ_REMOTE_PASSWORD when set (tests, headless
// rooms), else the one in the keychain ("remotecontrol/password"). A new one
// is made when remote control is first turned on, and shown once.

#include <QString>

namespace lj {
class SecretStore;
}

namespace lj::remote {

/// The password in force; empty when there is none yet (or the keychain cannot be read: `error`).
QString currentPassword(SecretStore &secrets, QString *error = nullptr);
/// Makes a new password and keeps it in the keychain; empty with `error` when it cannot be kept.
QString makePassword(SecretStore &secrets, QString *error);
/// True when LJ_REMOTE_PASSWORD decides (the settings cannot change it).
bool passwordFromEnvironment();

} // namespace lj::remote
