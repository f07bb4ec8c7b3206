#pragma once

// A service one test plugin offers and another uses (tst_pluginmanager).

#include <QString>

namespace lj::test {

class GreeterService {
public:
    static constexpr const char *kServiceId = "lj.test.GreeterService/1";
    virtual ~GreeterService() = default;
    virtual QString greet(const QString &who) const = 0;
};

} // namespace lj::test
