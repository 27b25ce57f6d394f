// The hand-off of a move plan to the console, where the move itself is made (ECS 2014-05-26 has no public
// action for it): per instance its zone, the vSwitch and security groups to choose, the downtime and the
// disk-data time, and what stays manual; as Markdown for a change ticket and as CSV. Both front ends ask it.
#pragma once

#include "movereadiness.h"

#include <QCoreApplication>
#include <QUrl>

namespace clm {

class MoveHandOff
{
    Q_DECLARE_TR_FUNCTIONS(clm::MoveHandOff)

public:
    static QString markdown(const MovePlan &plan, const QString &regionId);
    // Stable English keys in the header row; the values as the cloud spells them.
    static QByteArray csv(const MovePlan &plan, const QString &regionId);
    // The ECS console's instance list of the region, where its migration plan is created.
    static QUrl consoleUrl(const QString &regionId);
    // What the console (and the admin) still do, in order.
    static QStringList manualSteps();
};

} // namespace clm
