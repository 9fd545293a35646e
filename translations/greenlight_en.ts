<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertsCommand</name>
    <message numerus="yes">
        <source>%n alert(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n alert from %1 to %2.</numerusform>
            <numerusform>%n alerts from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message numerus="yes">
        <source>%1: %n value(s) mapped; their stored usage moved to what they mean.</source>
        <translation>
            <numerusform>%1: %n value mapped; its stored usage moved to what it means.</numerusform>
            <numerusform>%1: %n values mapped; their stored usage moved to what they mean.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardViews</name>
    <message numerus="yes">
        <source>Spend per day, stacked by %1: %2 over %n day(s) (%3 a day on average).</source>
        <translation>
            <numerusform>Spend per day, stacked by %1: %2 over %n day (%3 a day on average).</numerusform>
            <numerusform>Spend per day, stacked by %1: %2 over %n days (%3 a day on average).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n eval run(s) in the period; threshold %2 %.</source>
        <translation>
            <numerusform>%1: %n eval run in the period; threshold %2 %.</numerusform>
            <numerusform>%1: %n eval runs in the period; threshold %2 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 across %n tenant(s)</source>
        <translation>
            <numerusform>%1 across %n tenant</numerusform>
            <numerusform>%1 across %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n other key(s) (internal traffic, or not a tenant of the portfolio)</source>
        <translation>
            <numerusform> and %n other key (internal traffic, or not a tenant of the portfolio)</numerusform>
            <numerusform> and %n other keys (internal traffic, or not tenants of the portfolio)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported the audit packet of %n use case(s) to %1: %2 pages, audit head %3.</source>
        <translation>
            <numerusform>Exported the audit packet of %n use case to %1: %2 pages, audit head %3.</numerusform>
            <numerusform>Exported the audit packet of %n use cases to %1: %2 pages, audit head %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n signed event(s) to %1 with allowed_signers and VERIFY.md: each verifies with ssh-keygen -Y verify.</source>
        <translation>
            <numerusform>Wrote %n signed event to %1 with allowed_signers and VERIFY.md: it verifies with ssh-keygen -Y verify.</numerusform>
            <numerusform>Wrote %n signed events to %1 with allowed_signers and VERIFY.md: each verifies with ssh-keygen -Y verify.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryGuard</name>
    <message numerus="yes">
        <source>the file holds no use cases; importing it would delete all %n use case(s) in the database</source>
        <translation>
            <numerusform>the file holds no use cases; importing it would delete the %n use case in the database</numerusform>
            <numerusform>the file holds no use cases; importing it would delete all %n use cases in the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>use case %1 would be deleted, but it holds %n recorded fact(s); retire it instead (status &quot;retired&quot;)</source>
        <translation>
            <numerusform>use case %1 would be deleted, but it holds %n recorded fact; retire it instead (status &quot;retired&quot;)</numerusform>
            <numerusform>use case %1 would be deleted, but it holds %n recorded facts; retire it instead (status &quot;retired&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n difference(s); the import would be refused, because the file would drop or change recorded history:</source>
        <translation>
            <numerusform>%n difference; the import would be refused, because the file would drop or change recorded history:</numerusform>
            <numerusform>%n differences; the import would be refused, because the file would drop or change recorded history:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s); the import would be accepted. Nothing was written (dry run).</source>
        <translation>
            <numerusform>%n difference; the import would be accepted. Nothing was written (dry run).</numerusform>
            <numerusform>%n differences; the import would be accepted. Nothing was written (dry run).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gate: %2 (%n failing blocker(s)).</source>
        <translation>
            <numerusform>%1 gate: %2 (%n failing blocker).</numerusform>
            <numerusform>%1 gate: %2 (%n failing blockers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole portfolio (%n use case(s))</source>
        <translation>
            <numerusform>Whole portfolio (%n use case)</numerusform>
            <numerusform>Whole portfolio (%n use cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At export time the audit log held %Ln event(s). The head of its hash chain was:</source>
        <translation>
            <numerusform>At export time the audit log held %Ln event. The head of its hash chain was:</numerusform>
            <numerusform>At export time the audit log held %Ln events. The head of its hash chain was:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) were signed with their person&apos;s SSH key and verified with OpenSSH when this packet was made (signed by %1). To check every signature with OpenSSH alone, run:</source>
        <translation>
            <numerusform>%Ln event was signed with its person&apos;s SSH key and verified with OpenSSH when this packet was made (signed by %1). To check every signature with OpenSSH alone, run:</numerusform>
            <numerusform>%Ln events were signed with their person&apos;s SSH key and verified with OpenSSH when this packet was made (signed by %1). To check every signature with OpenSSH alone, run:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ApprovalsPage</name>
    <message numerus="yes">
        <source>An approval counts for %n day(s) (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed.</source>
        <translation>
            <numerusform>An approval counts for %n day (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed.</numerusform>
            <numerusform>An approval counts for %n days (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DataLoggingEditor</name>
    <message numerus="yes">
        <source>An approval counts for %n day(s) (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed in the Data approvals view.</source>
        <translation>
            <numerusform>An approval counts for %n day (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed in the Data approvals view.</numerusform>
            <numerusform>An approval counts for %n days (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed in the Data approvals view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DueSoonPage</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence that stops counting within %n day(s) of %1, or has stopped, by the owner who renews it. Double-click a row (or press Enter) to open where it is renewed.</source>
        <translation>
            <numerusform>Evidence that stops counting within %n day of %1, or has stopped, by the owner who renews it. Double-click a row (or press Enter) to open where it is renewed.</numerusform>
            <numerusform>Evidence that stops counting within %n days of %1, or has stopped, by the owner who renews it. Double-click a row (or press Enter) to open where it is renewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stops counting within %n day(s) of %1: every kill-switch and rollback test, eval run, data approval and runbook review on record counts for longer. Evidence that was never recorded is not listed here; the portfolio&apos;s gate names it.</source>
        <translation>
            <numerusform>Nothing stops counting within %n day of %1: every kill-switch and rollback test, eval run, data approval and runbook review on record counts for longer. Evidence that was never recorded is not listed here; the portfolio&apos;s gate names it.</numerusform>
            <numerusform>Nothing stops counting within %n days of %1: every kill-switch and rollback test, eval run, data approval and runbook review on record counts for longer. Evidence that was never recorded is not listed here; the portfolio&apos;s gate names it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::EvalRunDialog</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message numerus="yes">
        <source>Importing replaces the portfolio in %1 with %2: %n difference(s), no recorded history dropped. The audit log keeps a record. Continue?</source>
        <translation>
            <numerusform>Importing replaces the portfolio in %1 with %2: %n difference, no recorded history dropped. The audit log keeps a record. Continue?</numerusform>
            <numerusform>Importing replaces the portfolio in %1 with %2: %n differences, no recorded history dropped. The audit log keeps a record. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence stopped counting or stop within %1 days</source>
        <translation>
            <numerusform>%n piece of evidence has stopped counting or stops within %1 days</numerusform>
            <numerusform>%n pieces of evidence have stopped counting or stop within %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::WaiverDialog</name>
    <message numerus="yes">
        <source>%n day(s) from today; at most %1</source>
        <translation>
            <numerusform>%n day from today; at most %1</numerusform>
            <numerusform>%n days from today; at most %1</numerusform>
        </translation>
    </message>
</context>
</TS>
