#pragma once

#include <QJsonObject>

/// Realistic Heilongjiang goods for the reference platform: product `index`
/// (0-based) of an endless, deterministic catalog.
QJsonObject makeGood(int index, const QString &imageBase);
