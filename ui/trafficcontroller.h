// The traffic flows of the desktop: Allow Traffic (the dialog, then a batch of the rules not there yet),
// Remove Traffic Rules (the rules this application added for the selected linked instances, after a
// confirmation), and after an unlink the offer to remove those rules too. Rules on a classic group that
// other instances still linked to the VPC are in are kept: removing them would cut those off as well.
#pragma once

#include "cloud/domain.h"

#include <QObject>

#include <optional>

class QWidget;

namespace clm {
class Workspace;
}

namespace clm::ui {

class BatchController;
class OperationDetails;

class TrafficController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficController)

public:
    TrafficController(Workspace *workspace, BatchController *batches, QWidget *dialogParent);

    // For the selected instances linked to the selected VPC, or else to the one VPC they are linked to.
    void allowTraffic(const QList<ClassicInstance> &instances, const std::optional<Vpc> &selectedVpc);
    void removeRules(const QList<ClassicInstance> &instances, const std::optional<Vpc> &selectedVpc);
    // Offers Allow Traffic from the details of a link that succeeded.
    void follow(OperationDetails *details);
    // After the instances were unlinked from the VPC: offers to remove the rules added for them, if any.
    void offerRemovalAfterUnlink(const QString &vpcId, const QStringList &instanceIds);

private:
    // The VPC, those of `instances` rules can be made for, and why not for the others (the core's
    // TrafficRules::eligibility); warns (under `title`) when there are none.
    struct Target
    {
        Vpc vpc;
        QList<ClassicInstance> instances;
        QList<Refusal> refused;
    };
    std::optional<Target> target(const QString &title, const QList<ClassicInstance> &instances,
                                 const std::optional<Vpc> &selectedVpc);
    // Reads the groups, then asks before removing the rules added for `instances`; `quiet`: says nothing
    // when there are none.
    void confirmRemoval(const Vpc &vpc, const QList<ClassicInstance> &instances, bool quiet);

    Workspace *m_workspace;
    BatchController *m_batches;
    QWidget *m_dialogParent;
};

} // namespace clm::ui
