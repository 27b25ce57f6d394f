// The seed of a randomized test: CLM_TEST_SEED when it is set (to replay a failure), a new one otherwise.
// Either way it is printed, so any failing run can be replayed with the same choices.
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace clm::test {

inline quint32 testSeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("CLM_TEST_SEED").toUInt(&ok);
    const quint32 seed = ok ? given : QRandomGenerator::global()->generate();
    qInfo("random seed %u (replay with CLM_TEST_SEED=%u)", seed, seed);
    return seed;
}

} // namespace clm::test
