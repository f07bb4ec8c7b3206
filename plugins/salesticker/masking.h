#pragma once

#include <QString>

namespace lj::ticker {

/// What a buyer's name may show on screen: the first character and "**"
/// ("张**", "欧**", "A**"), or a phone number with its middle hidden
/// ("138****5678"). Never the whole name, whatever its length.
QString maskBuyer(const QString &name);

/// Hides the middle four digits of every mainland mobile number in `text`.
QString maskPhones(const QString &text);

} // namespace lj::ticker
