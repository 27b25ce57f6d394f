<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>clm::ConnectionReport</name>
    <message numerus="yes">
        <source>The connection works, but this computer&apos;s clock is off by %Ln minute(s); fix it before it reaches 15 minutes.</source>
        <translation>
            <numerusform>The connection works, but this computer&apos;s clock is off by %Ln minute; fix it before it reaches 15 minutes.</numerusform>
            <numerusform>The connection works, but this computer&apos;s clock is off by %Ln minutes; fix it before it reaches 15 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %Ln minute(s). Correct the time and try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock is off by %Ln minute. Correct the time and try again.</numerusform>
            <numerusform>This computer&apos;s clock is off by %Ln minutes. Correct the time and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::MoveHandOff</name>
    <message numerus="yes">
        <source>In the ECS console of the region, create a migration plan to the VPC for the instances below, off-peak: each stops and starts again in the VPC (about %n minutes).</source>
        <translation>
            <numerusform>In the ECS console of the region, create a migration plan to the VPC for the instances below, off-peak: each stops and starts again in the VPC (about %n minute).</numerusform>
            <numerusform>In the ECS console of the region, create a migration plan to the VPC for the instances below, off-peak: each stops and starts again in the VPC (about %n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 hours (%Ln GiB)</source>
        <translation>
            <numerusform>about %1 hours (%Ln GiB)</numerusform>
            <numerusform>about %1 hours (%Ln GiB)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::MovePreparation</name>
    <message numerus="yes">
        <source>the VPC&apos;s block %1 has no free block for %n instance(s); give one</source>
        <translation>
            <numerusform>the VPC&apos;s block %1 has no free block for %n instance; give one</numerusform>
            <numerusform>the VPC&apos;s block %1 has no free block for %n instances; give one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 free addresses, fewer than the %n instance(s) moving into the zone.</source>
        <translation>
            <numerusform>%1 has %2 free addresses, fewer than the %n instance moving into the zone.</numerusform>
            <numerusform>%1 has %2 free addresses, fewer than the %n instances moving into the zone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::MoveReadiness</name>
    <message numerus="yes">
        <source>a basic security group references at most %n security groups</source>
        <translation>
            <numerusform>a basic security group references at most %n security group</numerusform>
            <numerusform>a basic security group references at most %n security groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The instance is stopped and started again in the VPC: about %n minutes; plan it off-peak.</source>
        <translation>
            <numerusform>The instance is stopped and started again in the VPC: about %n minute; plan it off-peak.</numerusform>
            <numerusform>The instance is stopped and started again in the VPC: about %n minutes; plan it off-peak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If it moves to another zone, its %n GiB of disk data keep migrating for about %1 hours after it starts, with slower disk I/O and no snapshots meanwhile.</source>
        <translation>
            <numerusform>If it moves to another zone, its %n GiB of disk data keeps migrating for about %1 hours after it starts, with slower disk I/O and no snapshots meanwhile.</numerusform>
            <numerusform>If it moves to another zone, its %n GiB of disk data keep migrating for about %1 hours after it starts, with slower disk I/O and no snapshots meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::OperationTableModel</name>
    <message numerus="yes">
        <source>%Ln rules added to %1.</source>
        <translation>
            <numerusform>%Ln rule added to %1.</numerusform>
            <numerusform>%Ln rules added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules removed from %1.</source>
        <translation>
            <numerusform>%Ln rule removed from %1.</numerusform>
            <numerusform>%Ln rules removed from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outbound rule(s) added to %1.</source>
        <translation>
            <numerusform>%Ln outbound rule added to %1.</numerusform>
            <numerusform>%Ln outbound rules added to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::OperationText</name>
    <message numerus="yes">
        <source>Only %1 of %Ln rules took effect; the details list which. Running it again sends the rest.</source>
        <translation>
            <numerusform>Only %1 of %Ln rule took effect; the details list which. Running it again sends the rest.</numerusform>
            <numerusform>Only %1 of %Ln rules took effect; the details list which. Running it again sends the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rules</source>
        <translation>
            <numerusform>%1: %Ln rule</numerusform>
            <numerusform>%1: %Ln rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::OverviewModel</name>
    <message numerus="yes">
        <source>%n account(s) not read in full</source>
        <translation>
            <numerusform>%n account not read in full</numerusform>
            <numerusform>%n accounts not read in full</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::Preflight</name>
    <message numerus="yes">
        <source>%1 would exceed its quota of %Ln linked instances.</source>
        <translation>
            <numerusform>%1 would exceed its quota of %Ln linked instance.</numerusform>
            <numerusform>%1 would exceed its quota of %Ln linked instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln classic instance(s) are still linked to %1; unlink them first.</source>
        <translation>
            <numerusform>%Ln classic instance is still linked to %1; unlink it first.</numerusform>
            <numerusform>%Ln classic instances are still linked to %1; unlink them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::TrafficRules</name>
    <message numerus="yes">
        <source>Choose from one to %Ln security groups of the VPC.</source>
        <translation>
            <numerusform>Choose from one to %Ln security groups of the VPC.</numerusform>
            <numerusform>Choose from one to %Ln security groups of the VPC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::cli::BatchReport</name>
    <message numerus="yes">
        <source>Note: %Ln earlier batch(es) of this account did not finish; &quot;batches&quot; lists them and &quot;resume&quot; finishes one.</source>
        <translation>
            <numerusform>Note: %Ln earlier batch of this account did not finish; &quot;batches&quot; lists it and &quot;resume&quot; finishes it.</numerusform>
            <numerusform>Note: %Ln earlier batches of this account did not finish; &quot;batches&quot; lists them and &quot;resume&quot; finishes one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::cli::PrepareMoveCommand</name>
    <message numerus="yes">
        <source>%1: %Ln call(s)</source>
        <translation>
            <numerusform>%1: %Ln call</numerusform>
            <numerusform>%1: %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::AccountsDialog</name>
    <message numerus="yes">
        <source>Imported %Ln account(s).</source>
        <translation>
            <numerusform>Imported %Ln account.</numerusform>
            <numerusform>Imported %Ln accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::AllowTrafficDialog</name>
    <message numerus="yes">
        <source>&amp;Add %n Rule(s)</source>
        <translation>
            <numerusform>&amp;Add %n Rule</numerusform>
            <numerusform>&amp;Add %n Rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let %Ln linked instance(s) and %1 talk: rules are added to the instances&apos; classic security groups and to the VPC security groups you choose. Nothing is sent before you confirm.</source>
        <translation>
            <numerusform>Let %Ln linked instance and %1 talk: rules are added to the instances&apos; classic security groups and to the VPC security groups you choose. Nothing is sent before you confirm.</numerusform>
            <numerusform>Let %Ln linked instances and %1 talk: rules are added to the instances&apos; classic security groups and to the VPC security groups you choose. Nothing is sent before you confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::BatchController</name>
    <message numerus="yes">
        <source>link %Ln instance(s) to %1</source>
        <translation>
            <numerusform>link %Ln instance to %1</numerusform>
            <numerusform>link %Ln instances to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlink %Ln instance(s) from %1</source>
        <translation>
            <numerusform>unlink %Ln instance from %1</numerusform>
            <numerusform>unlink %Ln instances from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln security group rule(s) for %1</source>
        <translation>
            <numerusform>add %Ln security group rule for %1</numerusform>
            <numerusform>add %Ln security group rules for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln security group rule(s) for %1</source>
        <translation>
            <numerusform>remove %Ln security group rule for %1</numerusform>
            <numerusform>remove %Ln security group rules for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add outbound rules to %Ln security group(s) in %1</source>
        <translation>
            <numerusform>add outbound rules to %Ln security group in %1</numerusform>
            <numerusform>add outbound rules to %Ln security groups in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %Ln vSwitch(es) in %1</source>
        <translation>
            <numerusform>create %Ln vSwitch in %1</numerusform>
            <numerusform>create %Ln vSwitches in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy %Ln security group(s) into %1</source>
        <translation>
            <numerusform>copy %Ln security group into %1</numerusform>
            <numerusform>copy %Ln security groups into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::InstancePane</name>
    <message numerus="yes">
        <source>%n instance(s) selected</source>
        <translation>
            <numerusform>%n instance selected</numerusform>
            <numerusform>%n instances selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::MoveDialog</name>
    <message numerus="yes">
        <source>New vSwitch in %1 (%n instance(s)):</source>
        <translation>
            <numerusform>New vSwitch in %1 (%n instance):</numerusform>
            <numerusform>New vSwitch in %1 (%n instances):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln call(s) to prepare %1? Each stage is a logged batch in the operations table; a stage starts when the one before it has ended, and running it again later sends only what is missing.</source>
        <translation>
            <numerusform>Send %Ln call to prepare %1? Each stage is a logged batch in the operations table; a stage starts when the one before it has ended, and running it again later sends only what is missing.</numerusform>
            <numerusform>Send %Ln calls to prepare %1? Each stage is a logged batch in the operations table; a stage starts when the one before it has ended, and running it again later sends only what is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing: %1 (%Ln call(s))…</source>
        <translation>
            <numerusform>Preparing: %1 (%Ln call)…</numerusform>
            <numerusform>Preparing: %1 (%Ln calls)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::OperationsPane</name>
    <message numerus="yes">
        <source>Saved %Ln operation(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln operation to %1.</numerusform>
            <numerusform>Saved %Ln operations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::PreflightDialog</name>
    <message numerus="yes">
        <source>Link %Ln instance(s) to %1?</source>
        <translation>
            <numerusform>Link %Ln instance to %1?</numerusform>
            <numerusform>Link %Ln instances to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %Ln instance(s) from %1?</source>
        <translation>
            <numerusform>Unlink %Ln instance from %1?</numerusform>
            <numerusform>Unlink %Ln instances from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln instance(s) passed the checks.</source>
        <translation>
            <numerusform>All %Ln instance passed the checks.</numerusform>
            <numerusform>All %Ln instances passed the checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %Ln instance(s)</source>
        <translation>
            <numerusform>Link %Ln instance</numerusform>
            <numerusform>Link %Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %Ln instance(s)</source>
        <translation>
            <numerusform>Unlink %Ln instance</numerusform>
            <numerusform>Unlink %Ln instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::StatusArea</name>
    <message numerus="yes">
        <source>%Ln classic instance(s), %1 linked</source>
        <translation>
            <numerusform>%Ln classic instance, %1 linked</numerusform>
            <numerusform>%Ln classic instances, %1 linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln VPC(s), %1 with ClassicLink</source>
        <translation>
            <numerusform>%Ln VPC, %1 with ClassicLink</numerusform>
            <numerusform>%Ln VPCs, %1 with ClassicLink</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::TrafficController</name>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ClassicLink Manager added %Ln security group rule(s) for the instances you unlinked from %1. Remove them too?</source>
        <translation>
            <numerusform>ClassicLink Manager added %Ln security group rule for the instances you unlinked from %1. Remove them too?</numerusform>
            <numerusform>ClassicLink Manager added %Ln security group rules for the instances you unlinked from %1. Remove them too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln security group rule(s) that ClassicLink Manager added between these instances and %1? Traffic they allow stops.</source>
        <translation>
            <numerusform>Remove the %Ln security group rule that ClassicLink Manager added between these instances and %1? Traffic they allow stops.</numerusform>
            <numerusform>Remove the %Ln security group rules that ClassicLink Manager added between these instances and %1? Traffic they allow stops.</numerusform>
        </translation>
    </message>
</context>
</TS>
