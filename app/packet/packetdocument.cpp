#include "packet/packetdocument.h"

#include "audit/auditdetails.h"
#include "charts/chartfactory.h"
#include "gate/dataapprovalrules.h"
#include "gate/rulecatalog.h"
#include "itemmodels/portfoliotablemodel.h"
#include "packet/chartobject.h"
#include "packet/tablewidths.h"
#include "portfolio/defaultpolicy.h"
#include "usage/nanousd.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

constexpr int HeadingLevelProperty = QTextFormat::UserProperty + 1;
const QColor kHeaderBackground(0xe8, 0xec, 0xef);
const QColor kRule(0x9a, 0xa5, 0xad);
const QColor kEventBackground(0xf4, 0xf6, 0xf7);
constexpr qreal kCellBorder = 0.5;
constexpr qreal kCellPadding = 3;
constexpr qreal kTableFontSize = 8.5;

// Shown figures and dates follow the reader's locale (26,0 %, 86,43 USD and 21.10.2026 in German); times stay in
// UTC, so every reader of the packet sees the same clock. The evidence stays exact elsewhere.
QString dateText(const QDate &date)
{
    return date.isValid() ? DisplayFormat().date(date) : PacketDocument::tr("never");
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? DisplayFormat().utc(time) : QString();
}

QString count(qint64 value)
{
    return DisplayFormat().integer(value);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString yesNo(std::optional<bool> value)
{
    return !value ? PacketDocument::tr("not recorded") : *value ? PacketDocument::tr("yes") : PacketDocument::tr("no");
}

QString percent(double value)
{
    return DisplayFormat().percent(value);
}

QString usd(double value)
{
    return u"%1 USD"_s.arg(DisplayFormat().decimal(value, 2));
}

} // namespace

/// Appends headings, paragraphs, tables and charts at the end of the document.
class PacketDocument::Writer
{
public:
    Writer(PacketDocument &packet, ChartObject &charts, QSizeF pageSize)
        : m_packet(packet), m_cursor(packet.m_document.get()), m_charts(charts), m_pageSize(pageSize)
    {
    }

    QTextCursor &cursor() { return m_cursor; }

    /// A heading; it is listed in the contents when its level is at most listedLevels.
    void heading(const QString &title, int level, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(6);
        block.setHeadingLevel(level);
        const bool listed = level <= m_listedLevels;
        if (listed)
            block.setProperty(HeadingLevelProperty, level);
        block.setPageBreakPolicy(newPage ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 16 : level == 2 ? 12.5 : 10.5);
        newBlock(block, chars);
        m_cursor.insertText(title);
        if (listed)
            m_packet.m_headings.append(PacketHeading{title, level});
    }

    void setListedLevels(int levels) { m_listedLevels = levels; }

    void title(const QString &title, const QString &subtitle, qreal topMargin)
    {
        QTextBlockFormat block;
        block.setTopMargin(topMargin);
        block.setBottomMargin(8);
        QTextCharFormat chars;
        chars.setFontPointSize(26);
        chars.setFontWeight(QFont::Bold);
        newBlock(block, chars);
        m_cursor.insertText(title);
        QTextBlockFormat second;
        second.setBottomMargin(18);
        chars.setFontPointSize(16);
        newBlock(second, chars);
        m_cursor.insertText(subtitle);
    }

    void paragraph(const QString &text, bool bold = false, bool monospace = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        QTextCharFormat chars;
        chars.setFontPointSize(monospace ? 8.5 : 9.5);
        if (bold)
            chars.setFontWeight(QFont::Bold);
        if (monospace)
            chars.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    /// Markdown rendered as rich text, its headings scaled below the packet's own.
    void markdown(const QString &text)
    {
        QTextDocument rendered;
        rendered.setMarkdown(text);
        for (QTextBlock block = rendered.begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level == 0)
                continue;
            QTextCursor heading(block);
            heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat chars;
            chars.setProperty(QTextFormat::FontSizeAdjustment, 0); // the importer scales headings up
            chars.setFontPointSize(level == 1 ? 11 : 10);
            chars.setFontWeight(QFont::Bold);
            heading.mergeCharFormat(chars);
            heading.mergeBlockCharFormat(chars);
        }
        newBlock(QTextBlockFormat(), QTextCharFormat());
        m_cursor.insertFragment(QTextDocumentFragment(&rendered));
    }

    /// A table whose first row is a header, repeated on every page it continues on. Columns keep their header
    /// words and ids whole (TableWidths); @p widthsPct share out the rest among the columns of longer text.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widthsPct = {})
    {
        const TableWidths fit = tableWidths();
        const QList<qreal> widths = fit.widths(header, rows, widthsPct, columnsRoom(header.size()));
        QTextTable *table = insertTable(int(rows.size()) + 1, 1, widths);
        insertHeader(table, 0, header);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < header.size(); ++c)
                table->cellAt(r + 1, c).firstCursorPosition().insertText(fit.fitted(rows[r].value(c), widths[c]),
                                                                         cellChars());
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    /// A row of a detailedTable(): its cells, and lines shown beneath them across the table's width.
    struct DetailedRow {
        QStringList cells;
        QStringList details;
    };

    /// A table like table() whose rows each carry lines of details beneath them, across the whole width (where
    /// a hash or a long value fits on one line); @p detailsHeader heads them in the repeated header.
    void detailedTable(const QStringList &header, const QString &detailsHeader, const QList<DetailedRow> &rows,
                       const QList<int> &widthsPct)
    {
        const TableWidths fit = tableWidths();
        QList<QStringList> cells;
        for (const DetailedRow &row : rows)
            cells.append(row.cells);
        const qreal room = columnsRoom(header.size());
        const QList<qreal> widths = fit.widths(header, cells, widthsPct, room);
        const int columns = int(header.size());
        QTextTable *table = insertTable(2 * int(rows.size()) + 2, 2, widths);
        insertHeader(table, 0, header);
        table->mergeCells(1, 0, 1, columns);
        insertHeader(table, 1, {detailsHeader});
        // A wrapped detail line hangs under its field name, so each line still starts with what it is.
        constexpr qreal hang = 12;
        QTextBlockFormat line;
        line.setLeftMargin(hang);
        line.setTextIndent(-hang);
        const qreal detailWidth = room + 2 * (columns - 1) * kCellBorder - hang;
        for (int r = 0; r < rows.size(); ++r) {
            const int row = 2 * r + 2;
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = table->cellAt(row, c);
                QTextCharFormat shade = cell.format();
                shade.setBackground(kEventBackground);
                cell.setFormat(shade);
                cell.firstCursorPosition().insertText(fit.fitted(rows[r].cells.value(c), widths[c]), cellChars());
            }
            table->mergeCells(row + 1, 0, 1, columns);
            QTextCursor details = table->cellAt(row + 1, 0).firstCursorPosition();
            details.setBlockFormat(line);
            for (qsizetype i = 0; i < rows[r].details.size(); ++i) {
                if (i > 0)
                    details.insertBlock(line, cellChars());
                details.insertText(fit.fitted(rows[r].details[i], detailWidth), cellChars());
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    /// Two columns: what, value.
    void facts(const QList<std::pair<QString, QString>> &rows)
    {
        QList<QStringList> cells;
        for (const auto &[what, value] : rows)
            cells.append({what, value});
        table({tr("Item"), tr("Value")}, cells, {30, 70});
    }

    /// A chart in a one-cell table: a table row that does not fit moves whole to the next page,
    /// where a bare inline object would be cut at the page's foot.
    void chart(ChartObject::Maker make, qreal heightFraction = 0.3)
    {
        newBlock(QTextBlockFormat(), QTextCharFormat());
        QTextTableFormat frame;
        frame.setBorder(0);
        frame.setCellPadding(0);
        frame.setCellSpacing(0);
        frame.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = m_cursor.insertTable(1, 1, frame);
        const QSizeF size(m_pageSize.width() - 8, m_pageSize.height() * heightFraction);
        table->cellAt(0, 0).firstCursorPosition().insertText(QString(QChar::ObjectReplacementCharacter),
                                                             m_charts.add(std::move(make), size));
        m_cursor.movePosition(QTextCursor::End);
    }

    static QString tr(const char *text) { return PacketDocument::tr(text); }

private:
    static QTextCharFormat cellChars()
    {
        QTextCharFormat chars;
        chars.setFontPointSize(kTableFontSize);
        return chars;
    }

    /// Measures in the fonts the table cells are set in, on the device the document is laid out for.
    [[nodiscard]] TableWidths tableWidths() const
    {
        QFont cells = m_packet.m_document->defaultFont();
        cells.setPointSizeF(kTableFontSize);
        QFont header = cells;
        header.setWeight(QFont::Bold);
        // Padding on both sides, and the pixels or two a cell's lines lose to its column's edges being rounded.
        return TableWidths(header, cells, m_packet.m_document->documentLayout()->paintDevice(), 2 * kCellPadding + 4);
    }

    /// The width a table of @p columns shares out among its columns, as Qt's table layout counts it: the page
    /// without the table's outer border and each cell's two borders.
    [[nodiscard]] qreal tableRoom(qsizetype columns) const
    {
        return m_pageSize.width() - 2 * kCellBorder - qreal(columns) * 2 * kCellBorder;
    }

    /// What the columns of a table of @p columns fill: a little under tableRoom(), since a table whose columns
    /// come out wider than its room by a rounding error is laid out again with every word broken anywhere.
    [[nodiscard]] qreal columnsRoom(qsizetype columns) const { return tableRoom(columns) * 0.995; }

    /// An empty table with @p headerRows repeated header rows and columns of @p widths (of tableRoom()).
    QTextTable *insertTable(int rows, int headerRows, const QList<qreal> &widths)
    {
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setBorder(kCellBorder);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(kCellPadding);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(4);
        format.setBottomMargin(8);
        const qreal room = tableRoom(widths.size());
        QList<QTextLength> constraints;
        for (qreal w : widths)
            constraints.append(QTextLength(QTextLength::PercentageLength, 100 * w / room));
        format.setColumnWidthConstraints(constraints);
        newBlock(QTextBlockFormat(), QTextCharFormat());
        return m_cursor.insertTable(rows, int(widths.size()), format);
    }

    /// Header cells in row @p row: bold on the header background.
    static void insertHeader(QTextTable *table, int row, const QStringList &header)
    {
        QTextCharFormat headerChars = cellChars();
        headerChars.setFontWeight(QFont::Bold);
        for (int c = 0; c < header.size(); ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            QTextCharFormat background = cell.format();
            background.setBackground(kHeaderBackground);
            cell.setFormat(background);
            cell.firstCursorPosition().insertText(header[c], headerChars);
        }
    }

    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    PacketDocument &m_packet;
    QTextCursor m_cursor;
    ChartObject &m_charts;
    QSizeF m_pageSize;
    bool m_first = true;
    int m_listedLevels = 2;
};

namespace {

QString personText(const Portfolio &p, const QString &id)
{
    if (id.isEmpty())
        return PacketDocument::tr("not named");
    const Person *person = p.person(id);
    return person == nullptr ? id : u"%1 (%2)"_s.arg(person->name, id);
}

QString rolesOf(const Portfolio &p, const QString &id)
{
    QStringList roles;
    if (const Person *person = p.person(id)) {
        for (Role r : person->roles)
            roles.append(enumLabel(r));
    }
    return roles.join(u", "_s);
}

QString latestDecision(const Portfolio &p, const UseCase &u)
{
    const GateReview *latest = u.latestVerdict();
    if (latest == nullptr)
        return PacketDocument::tr("no decision yet");
    return PacketDocument::tr("%1 at the %2 gate (review %3, requested %4)")
        .arg(enumLabel(*latest->decision), gateDisplayName(p, latest->gate), latest->id, timeText(latest->requestedAt));
}

/// "go, 2026-10-21" for the summary table.
QString shortDecision(const UseCase &u)
{
    const GateReview *latest = u.latestVerdict();
    return latest == nullptr ? PacketDocument::tr("none yet")
                             : u"%1, %2"_s.arg(enumLabel(*latest->decision), dateText(latest->requestedAt.date()));
}

void writeOwners(PacketDocument::Writer &w, const Portfolio &p, const UseCase &u)
{
    w.heading(PacketDocument::tr("Owners and roles"), 2);
    const QList<std::pair<QString, QString>> owners{{PacketDocument::tr("Product"), u.owners.product},
                                                    {PacketDocument::tr("Launch"), u.owners.launch},
                                                    {PacketDocument::tr("Engineering"), u.owners.engineering},
                                                    {PacketDocument::tr("Support"), u.owners.support}};
    QList<QStringList> rows;
    for (const auto &[what, id] : owners) {
        const Person *person = p.person(id);
        rows.append({what, personText(p, id), rolesOf(p, id), person != nullptr ? person->email : QString()});
    }
    w.table({PacketDocument::tr("Owner"), PacketDocument::tr("Person"), PacketDocument::tr("Roles held"),
             PacketDocument::tr("Email")},
            rows, {18, 32, 25, 25});
}

void writeUse(PacketDocument::Writer &w, const UseCase &u)
{
    w.heading(PacketDocument::tr("Use, audience and release"), 2);
    w.facts({{PacketDocument::tr("Description"), orDash(u.description)},
             {PacketDocument::tr("Lifecycle status"), enumLabel(u.status)},
             {PacketDocument::tr("Audience"), enumLabel(u.audience)},
             {PacketDocument::tr("Risk tier"), enumLabel(u.riskTier)},
             {PacketDocument::tr("Output user"), orDash(u.outputUser)},
             {PacketDocument::tr("Allowed path"), orDash(u.allowedPath)},
             {PacketDocument::tr("Human review rule"), orDash(u.humanReview)},
             {PacketDocument::tr("Release path"),
              u.release.path ? enumLabel(*u.release.path) : PacketDocument::tr("not recorded")},
             {PacketDocument::tr("A person waits for the answer"), yesNo(u.release.userWaits)},
             {PacketDocument::tr("Tool authorisation attested"), yesNo(u.toolsAttested)}});
}

/// Judged as of @p asOf, the day the gate at export time is judged on: an approval older than the policy allows is
/// shown as expired, with the day it stopped counting.
void writeData(PacketDocument::Writer &w, const Portfolio &p, const UseCase &u, QDate asOf)
{
    w.heading(PacketDocument::tr("Data classes and approvals"), 2);
    const int maxAge = p.policy.evidenceMaxAge.dataApprovalDays;
    QList<QStringList> classes;
    for (DataClass c : u.dataClasses) {
        const DataClassStatus status = DataApprovalRules::status(u, c, asOf);
        const QList<DataApproval> expired = DataApprovalRules::expiredApprovals(status, maxAge, asOf);
        QStringList needed;
        for (Role r : DataApprovalRules::requiredRoles(c))
            needed.append(enumLabel(r));
        QString state;
        switch (status.state) {
        case DataClassStatus::State::Approved:
            state = expired.isEmpty()
                        ? PacketDocument::tr("approved")
                        : PacketDocument::tr("approved %1 — expired %2, to be renewed")
                              .arg(dateText(expired.first().date), dateText(expired.first().date.addDays(maxAge + 1)));
            break;
        case DataClassStatus::State::Pending: state = PacketDocument::tr("pending"); break;
        case DataClassStatus::State::Rejected: state = PacketDocument::tr("rejected"); break;
        case DataClassStatus::State::Denied: state = PacketDocument::tr("never approvable"); break;
        }
        classes.append({enumLabel(c), needed.isEmpty() ? PacketDocument::tr("none") : needed.join(u", "_s), state});
    }
    if (classes.isEmpty())
        w.paragraph(PacketDocument::tr("No input data class is recorded."));
    else
        w.table({PacketDocument::tr("Data class"), PacketDocument::tr("Approvals needed"), PacketDocument::tr("State")},
                classes, {20, 35, 45});
    QList<QStringList> approvals;
    for (const DataApproval &a : u.dataApprovals)
        approvals.append({enumLabel(a.dataClass), enumLabel(a.role), personText(p, a.person), enumLabel(a.decision),
                          dateText(a.date), a.note});
    if (approvals.isEmpty())
        w.paragraph(PacketDocument::tr("No approval decision is recorded."));
    else
        w.table({PacketDocument::tr("Class"), PacketDocument::tr("Role"), PacketDocument::tr("Person"),
                 PacketDocument::tr("Decision"), PacketDocument::tr("Date"), PacketDocument::tr("Note")},
                approvals, {11, 11, 20, 11, 12, 35});
}

void writeRoute(PacketDocument::Writer &w, const Portfolio &p, const UseCase &u)
{
    w.heading(PacketDocument::tr("Route and its versions"), 2);
    QList<QStringList> rows;
    for (const QString &id : {u.route, u.rollback.fallbackRoute}) {
        for (const Route &r : p.routes) {
            if (!id.isEmpty() && r.id == id)
                rows.append({u"%1 v%2"_s.arg(r.id).arg(r.version), r.provider, r.model, enumLabel(r.endpoint),
                             r.promptVersion, r.retrievalCorpus, r.toolSchemaVersion, r.fallbackRoute});
        }
    }
    if (rows.isEmpty()) {
        w.paragraph(PacketDocument::tr("No route is recorded."));
        return;
    }
    w.paragraph(PacketDocument::tr("Current route: %1. Every version is listed; eval runs name the version they "
                                   "ran against.")
                    .arg(orDash(u.route)));
    w.table({PacketDocument::tr("Route"), PacketDocument::tr("Provider"), PacketDocument::tr("Model"),
             PacketDocument::tr("Endpoint"), PacketDocument::tr("Prompt"), PacketDocument::tr("Retrieval corpus"),
             PacketDocument::tr("Tool schema"), PacketDocument::tr("Fallback")},
            rows);
}

void writeEvals(PacketDocument::Writer &w, const UseCaseEvidence &e)
{
    const UseCase &u = e.useCase;
    w.heading(PacketDocument::tr("Eval runs"), 2);
    if (u.evalRuns.isEmpty()) {
        w.paragraph(PacketDocument::tr("No eval run is recorded."));
        return;
    }
    w.paragraph(PacketDocument::tr("Threshold that applies: %1. Regression is measured in percentage points "
                                   "against the previous approved baseline.")
                    .arg(percent(e.thresholdPct)));
    QList<QStringList> rows;
    for (const EvalRun &run : u.evalRuns) {
        const EvalRun *baseline = u.baselineBefore(run);
        QString regression;
        if (baseline != nullptr && run.passRatePct() && baseline->passRatePct())
            regression = u"%1 pp"_s.arg(DisplayFormat().decimal(*run.passRatePct() - *baseline->passRatePct(), 1));
        rows.append({dateText(run.date), run.id, u"%1 v%2"_s.arg(run.route).arg(run.routeVersion),
                     count(run.totalCases()), count(run.passedCases()),
                     run.passRatePct() ? percent(*run.passRatePct()) : QString(), regression,
                     run.baseline ? PacketDocument::tr("yes") : QString(), count(run.secretsFound)});
    }
    w.table({PacketDocument::tr("Date"), PacketDocument::tr("Run"), PacketDocument::tr("Route"),
             PacketDocument::tr("Cases"), PacketDocument::tr("Passed"), PacketDocument::tr("Pass rate"),
             PacketDocument::tr("vs baseline"), PacketDocument::tr("Baseline"), PacketDocument::tr("Secrets")},
            rows, {12, 19, 17, 8, 8, 10, 10, 8, 8});
    const QList<EvalRun> runs = u.evalRuns;
    const double threshold = e.thresholdPct;
    w.chart([runs, threshold] { return ChartFactory::evalPassRate(runs, threshold); }, 0.28);
}

void writeLogging(PacketDocument::Writer &w, const Portfolio &p, const UseCase &u)
{
    w.heading(PacketDocument::tr("Logging policy and retention"), 2);
    if (!u.logging) {
        w.paragraph(PacketDocument::tr("No logging policy is recorded."));
        return;
    }
    const LoggingPolicy &l = *u.logging;
    const auto days = [](std::optional<int> d) {
        return d ? PacketDocument::tr("%n day(s)", nullptr, *d) : PacketDocument::tr("not set");
    };
    w.facts({{PacketDocument::tr("Prompts"), enumLabel(l.prompts)},
             {PacketDocument::tr("Responses"), enumLabel(l.responses)},
             {PacketDocument::tr("Raw retention approved by"),
              l.rawApprovedBy.isEmpty() ? PacketDocument::tr("nobody") : personText(p, l.rawApprovedBy)},
             {PacketDocument::tr("Debug logs kept"), days(l.retentionDays.debug)},
             {PacketDocument::tr("Abuse review kept"), days(l.retentionDays.abuseReview)},
             {PacketDocument::tr("Eval metadata kept"), days(l.retentionDays.evalMetadata)}});
}

void writeRollback(PacketDocument::Writer &w, const UseCase &u)
{
    w.heading(PacketDocument::tr("Rollback, fallback and kill switch"), 2);
    const Operations &o = u.operations;
    w.facts({{PacketDocument::tr("Rollback path"), orDash(u.rollback.path)},
             {PacketDocument::tr("Rollback last tested"), dateText(u.rollback.tested)},
             {PacketDocument::tr("Fallback route"), orDash(u.rollback.fallbackRoute)},
             {PacketDocument::tr("Kill switch"), orDash(o.killSwitch)},
             {PacketDocument::tr("Kill switch last tested"), dateText(o.killSwitchTested)},
             {PacketDocument::tr("Monitoring"), yesNo(o.monitoring)},
             {PacketDocument::tr("Daily cost cap"), o.dailyCostCapUsd ? usd(*o.dailyCostCapUsd) : u"—"_s},
             {PacketDocument::tr("Latency budget"),
              o.latencyBudgetMs ? u"%1 ms"_s.arg(count(*o.latencyBudgetMs)) : u"—"_s}});
}

void writeRunbook(PacketDocument::Writer &w, const Portfolio &p, const UseCase &u)
{
    w.heading(PacketDocument::tr("Runbook and on-call"), 2);
    if (!u.runbook) {
        w.paragraph(PacketDocument::tr("No runbook is recorded."));
        return;
    }
    QStringList covers;
    for (RunbookTopic t : u.runbook->covers)
        covers.append(enumLabel(t));
    QStringList onCall;
    for (const QString &id : u.runbook->onCall)
        onCall.append(personText(p, id));
    w.facts({{PacketDocument::tr("Covers"), orDash(covers.join(u", "_s))},
             {PacketDocument::tr("On call"), orDash(onCall.join(u", "_s))}});
    w.markdown(u.runbook->text);
}

/// The newest event of @p action on @p entity @p entityId, or nullptr.
const AuditEvent *newestEvent(const QList<AuditEvent> &events, const QString &entity, const QString &entityId,
                              const QString &action)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->entry.entity == entity && it->entry.entityId == entityId && it->entry.action == action)
            return &*it;
    }
    return nullptr;
}

/// "signed · SHA256:Bx1…" when the event that recorded a review step (@p action "sign" with @p index, or "decide")
/// names the key that signed it, else "not signed".
QString signatureText(const QList<AuditEvent> &events, const QString &reviewId, const QString &action, int index = -1)
{
    const QString signer = stepSigner(events, u"gate_review"_s, reviewId, action, index);
    return signer.isEmpty() ? PacketDocument::tr("not signed") : PacketDocument::tr("signed · %1").arg(signer);
}

void writeReviews(PacketDocument::Writer &w, const Portfolio &p, const UseCaseEvidence &evidence)
{
    const UseCase &u = evidence.useCase;
    w.heading(PacketDocument::tr("Gate reviews"), 2);
    if (u.gateReviews.isEmpty()) {
        w.paragraph(PacketDocument::tr("No gate review is recorded."));
        return;
    }
    for (const GateReview &r : u.gateReviews) {
        if (r.decision == GateDecision::Abandoned) {
            // Closed without a verdict: listed with who closed it and why, without the decision's evidence.
            w.heading(PacketDocument::tr("%1: %2 gate, abandoned").arg(r.id, gateDisplayName(p, r.gate)), 3);
            w.paragraph(PacketDocument::tr("Requested by %1 at %2.")
                            .arg(personText(p, r.requestedBy), timeText(r.requestedAt)));
            const AuditEvent *closed = newestEvent(evidence.events, u"gate_review"_s, r.id, u"abandon"_s);
            if (closed != nullptr)
                w.paragraph(PacketDocument::tr("Abandoned by %1 at %2 (%3).")
                                .arg(personText(p, closed->entry.actor.person), timeText(closed->at),
                                     signatureText(evidence.events, r.id, u"abandon"_s)));
            w.paragraph(PacketDocument::tr("Reason: %1").arg(r.rationale));
            w.paragraph(PacketDocument::tr("An abandoned review is no decision and counts toward no gate."));
            continue;
        }
        w.heading(PacketDocument::tr("%1: %2 gate, %3")
                      .arg(r.id, gateDisplayName(p, r.gate),
                           r.decision ? enumLabel(*r.decision) : PacketDocument::tr("open")),
                  3);
        w.paragraph(
            PacketDocument::tr("Requested by %1 at %2.").arg(personText(p, r.requestedBy), timeText(r.requestedAt)));
        if (!r.rationale.isEmpty())
            w.paragraph(PacketDocument::tr("Rationale: %1").arg(r.rationale));
        if (r.decision)
            w.paragraph(PacketDocument::tr("Signature of the decision: %1.")
                            .arg(signatureText(evidence.events, r.id, u"decide"_s)));
        QList<QStringList> signoffs;
        for (qsizetype i = 0; i < r.signoffs.size(); ++i) {
            const Signoff &s = r.signoffs[i];
            signoffs.append({enumLabel(s.role), personText(p, s.person), enumLabel(s.decision), timeText(s.at), s.note,
                             signatureText(evidence.events, r.id, u"sign"_s, int(i))});
        }
        if (signoffs.isEmpty())
            w.paragraph(PacketDocument::tr("No sign-off."));
        else
            w.table({PacketDocument::tr("Role"), PacketDocument::tr("Person"), PacketDocument::tr("Sign-off"),
                     PacketDocument::tr("Time"), PacketDocument::tr("Note"), PacketDocument::tr("Signature")},
                    signoffs, {12, 17, 9, 22, 15, 25});
        QList<QStringList> results;
        for (const RuleResult &rr : r.ruleResults)
            results.append({rr.rule, enumLabel(rr.severity), enumLabel(rr.result), rr.displayText()});
        w.paragraph(PacketDocument::tr("Rule results frozen when the review started:"), true);
        w.table({PacketDocument::tr("Rule"), PacketDocument::tr("Severity"), PacketDocument::tr("Result"),
                 PacketDocument::tr("Evidence")},
                results, {20, 10, 9, 61});
    }
}

/// Each waiver with where it stands at export time, who granted it and why, what holds the risk, and whether the
/// grant and the revocation were signed.
void writeWaivers(PacketDocument::Writer &w, const Portfolio &p, const UseCaseEvidence &e, QDate day)
{
    const UseCase &u = e.useCase;
    if (u.waivers.isEmpty())
        return;
    w.heading(PacketDocument::tr("Waivers"), 2);
    for (const Waiver &waiver : u.waivers) {
        QString state;
        switch (waiver.stateOn(day)) {
        case WaiverState::Revoked: state = PacketDocument::tr("revoked"); break;
        case WaiverState::NotYetGranted: state = PacketDocument::tr("not yet granted"); break;
        case WaiverState::Expired: state = PacketDocument::tr("expired after %1").arg(dateText(waiver.expires)); break;
        case WaiverState::Active: state = PacketDocument::tr("in force until %1").arg(dateText(waiver.expires)); break;
        }
        w.heading(PacketDocument::tr("%1: %2 at the %3 gate, %4")
                      .arg(waiver.id, waiver.rule, gateDisplayName(p, waiver.gate), state),
                  3);
        const auto signature = [&](const QString &action) {
            const QString signer = stepSigner(e.events, u"waiver"_s, waiver.id, action, -1);
            return signer.isEmpty() ? PacketDocument::tr("not signed") : PacketDocument::tr("signed · %1").arg(signer);
        };
        w.paragraph(PacketDocument::tr("Granted by %1 as %2 on %3, to count up to and including %4 (%5).")
                        .arg(personText(p, waiver.grantedBy), enumLabel(waiver.role), dateText(waiver.grantedOn),
                             dateText(waiver.expires), signature(u"grant"_s)));
        w.paragraph(PacketDocument::tr("Reason: %1").arg(waiver.reason));
        w.paragraph(PacketDocument::tr("Compensating control: %1").arg(waiver.control));
        if (waiver.revocation.has_value())
            w.paragraph(PacketDocument::tr("Revoked by %1 as %2 from %3 (%4): %5")
                            .arg(personText(p, waiver.revocation->person), enumLabel(waiver.revocation->role),
                                 dateText(waiver.revocation->date), signature(u"revoke"_s), waiver.revocation->reason));
    }
}

void writeGateNow(PacketDocument::Writer &w, const Portfolio &p, const UseCaseEvidence &e)
{
    w.heading(PacketDocument::tr("Gate at export time"), 2);
    w.paragraph(PacketDocument::tr("%1 gate: %2 (%n failing blocker(s)).", nullptr, e.gate.blockersFailed)
                    .arg(gateDisplayName(p, e.gate.gate),
                         e.gate.eligible() ? PacketDocument::tr("go-eligible") : PacketDocument::tr("not eligible")));
    QList<QStringList> rows;
    for (const RuleResult &r : e.gate.failuresFirst())
        rows.append({r.rule, enumLabel(r.severity), enumLabel(r.result), r.displayText()});
    w.table({PacketDocument::tr("Rule"), PacketDocument::tr("Severity"), PacketDocument::tr("Result"),
             PacketDocument::tr("Evidence")},
            rows, {20, 10, 9, 61});
}

void writeUsage(PacketDocument::Writer &w, const PacketEvidence &packet, const UseCaseEvidence &e)
{
    w.heading(PacketDocument::tr("Cost and edit rate, last 90 days"), 2);
    qint64 nanos = 0;
    qint64 requests = 0;
    for (const DailyCost &d : e.dailyCosts) {
        nanos += d.costNanos;
        requests += d.requests;
    }
    qint64 edited = 0;
    qint64 feedback = 0;
    for (const WeeklyEditRate &week : e.editRates) {
        edited += week.edited;
        feedback += week.total;
    }
    w.paragraph(PacketDocument::tr("%1 to %2: %3 over %4 requests; %5 of %6 answers edited (%7).")
                    .arg(dateText(packet.periodFrom), dateText(packet.periodTo), usd(NanoUsd::toDouble(nanos)))
                    .arg(count(requests), count(edited), count(feedback),
                         feedback == 0 ? u"—"_s : percent(100.0 * double(edited) / double(feedback))));
    const QList<DailyCost> days = e.dailyCosts;
    const QDate from = packet.periodFrom;
    const QDate to = packet.periodTo;
    const std::optional<double> cap = e.useCase.operations.dailyCostCapUsd;
    w.chart([days, from, to, cap] { return ChartFactory::dailyCost(days, from, to, cap); }, 0.26);
    const QList<WeeklyEditRate> weeks = e.editRates;
    w.chart([weeks] { return ChartFactory::weeklyEditRates({{QString(), weeks}}); }, 0.24);
}

/// The person and the account an event came from, as the reader's language says "unverified".
QString actorText(const Actor &actor)
{
    if (actor.kind == Actor::Kind::Unverified)
        return PacketDocument::tr("%1, unverified (%2)").arg(actor.person, actor.accountText());
    return actor.displayText();
}

void writeEvents(PacketDocument::Writer &w, const UseCaseEvidence &e)
{
    w.heading(PacketDocument::tr("Audit events"), 2);
    QList<PacketDocument::Writer::DetailedRow> rows;
    for (const AuditEvent &event : e.events)
        rows.append({{QString::number(event.seq), timeText(event.at), actorText(event.entry.actor),
                      event.entry.entity + u' ' + event.entry.action, event.entry.entityId},
                     AuditDetails::lines(event.entry.payload)});
    if (rows.isEmpty())
        w.paragraph(PacketDocument::tr("No event concerns this use case."));
    else
        w.detailedTable({PacketDocument::tr("Seq"), PacketDocument::tr("Time"), PacketDocument::tr("Actor"),
                         PacketDocument::tr("Event"), PacketDocument::tr("Entity")},
                        PacketDocument::tr("Details"), rows, {5, 23, 24, 20, 28});
}

} // namespace

PacketDocument::PacketDocument(const PacketEvidence &evidence, ChartObject &charts, QSizeF pageSize,
                               QPaintDevice *layoutDevice)
    : m_document(std::make_unique<QTextDocument>())
{
    QTextDocument *doc = m_document.get();
    if (layoutDevice != nullptr)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    QFont base = doc->defaultFont();
    base.setPointSizeF(9.5);
    // No ligatures: "ff" set as one glyph extracts as U+FB00, and an auditor searching the PDF for
    // ff.support_reply_draft or "off" would find nothing. Without shaping, every letter is its own glyph.
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(base);
    doc->setDocumentMargin(0);
    doc->setPageSize(pageSize);
    charts.install(doc);
    Writer w(*this, charts, pageSize);
    w.cursor().beginEditBlock(); // one layout at the end, not one per inserted cell

    const QString subject = evidence.wholePortfolio
                                ? tr("Whole portfolio (%n use case(s))", nullptr, int(evidence.useCases.size()))
                                : evidence.useCases.value(0).useCase.name;
    m_footer = tr("Greenlight %1 · audit packet · %2 · exported %3")
                   .arg(QCoreApplication::applicationVersion(), subject, timeText(evidence.exportedAt));
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Audit packet: %1").arg(subject));

    // Cover
    w.title(tr("Audit packet"), subject, pageSize.height() * 0.15);
    QList<std::pair<QString, QString>> coverFacts;
    if (!evidence.wholePortfolio) {
        const UseCase &u = evidence.useCases.value(0).useCase;
        coverFacts.append({tr("Use case"), u"%1 (%2)"_s.arg(u.name, u.id)});
        coverFacts.append({tr("Latest decision"), latestDecision(evidence.portfolio, u)});
    }
    coverFacts.append({tr("Exported by"), evidence.exportedBy});
    coverFacts.append({tr("Exported at"), timeText(evidence.exportedAt)});
    coverFacts.append({tr("Database"), evidence.databaseLocation});
    coverFacts.append({tr("Audit events at export"), count(evidence.chain.count)});
    w.facts(coverFacts);
    w.paragraph(tr("This packet records the evidence a launch decision rested on: owners, data approvals, "
                   "routes, eval runs, logging, rollback, runbook, gate reviews with their frozen rule results "
                   "and sign-offs, costs, and the audit events. The last page names the audit chain's head "
                   "hash at export time and the command that checks it."));

    // Contents: filled once the document is paginated.
    w.setListedLevels(0); // the contents do not list themselves
    w.heading(tr("Contents"), 1, true);
    w.setListedLevels(evidence.wholePortfolio ? 1 : 2);
    m_contents = w.cursor().insertFrame(QTextFrameFormat());
    w.cursor().movePosition(QTextCursor::End);

    if (evidence.wholePortfolio) {
        w.heading(tr("Portfolio summary"), 1, true);
        QList<QStringList> rows;
        for (const UseCaseEvidence &e : evidence.useCases)
            rows.append({e.useCase.name, enumLabel(e.useCase.status), enumLabel(e.useCase.audience),
                         enumLabel(e.useCase.riskTier), gateDisplayName(evidence.portfolio, e.gate.gate),
                         PortfolioTableModel::badgeText(e.gate), shortDecision(e.useCase)});
        w.table({tr("Use case"), tr("Status"), tr("Audience"), tr("Risk"), tr("Gate"), tr("Gate state"),
                 tr("Latest decision")},
                rows, {24, 10, 10, 9, 17, 12, 18});
    }

    for (const UseCaseEvidence &e : evidence.useCases) {
        const UseCase &u = e.useCase;
        w.heading(evidence.wholePortfolio ? tr("Use case: %1").arg(u.name) : u.name, 1, true);
        w.paragraph(tr("Id %1 · %2 · %3 audience · %4 risk")
                        .arg(u.id, enumLabel(u.status), enumLabel(u.audience), enumLabel(u.riskTier)));
        writeGateNow(w, evidence.portfolio, e);
        writeWaivers(w, evidence.portfolio, e, evidence.exportedAt.toUTC().date());
        writeOwners(w, evidence.portfolio, u);
        writeUse(w, u);
        writeData(w, evidence.portfolio, u, evidence.exportedAt.toUTC().date());
        writeRoute(w, evidence.portfolio, u);
        writeEvals(w, e);
        writeLogging(w, evidence.portfolio, u);
        writeRollback(w, u);
        writeRunbook(w, evidence.portfolio, u);
        writeReviews(w, evidence.portfolio, e);
        writeUsage(w, evidence, e);
        writeEvents(w, e);
    }

    w.heading(tr("Framework crosswalk"), 1, true);
    w.paragraph(tr("Where each gate rule comes from (the seed articles) and the NIST AI RMF 1.0 subcategory, "
                   "ISO/IEC 42001:2023 Annex A control and EU AI Act (Regulation (EU) 2024/1689) article that "
                   "clearly match it; a dash where none clearly applies."));
    QList<QStringList> crosswalk;
    for (const RuleInfo &rule : RuleCatalog::all())
        crosswalk.append(
            {rule.id, rule.seedSource, orDash(rule.nistAiRmf), orDash(rule.iso42001), orDash(rule.euAiAct)});
    w.table({tr("Rule"), tr("Seed"), tr("NIST AI RMF"), tr("ISO/IEC 42001"), tr("EU AI Act")}, crosswalk,
            {18, 24, 11, 23, 24});
    w.paragraph(tr("A gate review's decision and sign-offs are records, not rules; they match these references."));
    QList<QStringList> records;
    for (const ReviewRecordInfo &record : RuleCatalog::reviewRecords())
        records.append(
            {record.id, record.seedSource, orDash(record.nistAiRmf), orDash(record.iso42001), orDash(record.euAiAct)});
    w.table({tr("Record"), tr("Seed"), tr("NIST AI RMF"), tr("ISO/IEC 42001"), tr("EU AI Act")}, records,
            {18, 24, 11, 23, 24});

    w.heading(tr("Audit chain"), 1, true);
    w.paragraph(tr("At export time the audit log held %Ln event(s). The head of its hash chain was:", nullptr,
                   int(evidence.chain.count)));
    w.paragraph(evidence.chain.headHash, false, true);
    const AuditVerification &chain = evidence.chain;
    w.paragraph(chain.intact() ? tr("The chain verified intact when this packet was made.")
                               : tr("The chain did NOT verify when this packet was made: %1")
                                     .arg(!chain.chainIntact()                ? chain.problem
                                          : !chain.signatureProblem.isEmpty() ? chain.signatureProblem
                                                                              : chain.stateProblem),
                true);
    if (chain.signedEvents > 0) {
        w.paragraph(tr("%Ln event(s) were signed with their person's SSH key and verified with OpenSSH when this "
                       "packet was made (signed by %1). To check every signature with OpenSSH alone, run:",
                       nullptr, int(chain.signedEvents))
                        .arg(chain.signers.join(u", "_s)));
        w.paragraph(u"greenlight --db %1 export evidence DIR"_s.arg(evidence.databaseLocation), false, true);
        w.paragraph(tr("and then each ssh-keygen line of DIR/VERIFY.md; every one prints Good \"greenlight\" "
                       "signature for the person who signed."));
    } else {
        w.paragraph(tr("No event was signed: the record rests on the hash chain alone."));
    }
    w.paragraph(tr("To check that this packet's evidence is still on record, unchanged, run:"));
    w.paragraph(
        u"greenlight --db %1 audit verify --includes %2"_s.arg(evidence.databaseLocation, evidence.chain.headHash),
        false, true);
    w.paragraph(tr("It verifies every event's hash and that the hash above is one of them; it exits with 0 "
                   "when both hold, 1 otherwise. Exporting this packet was itself recorded as the next event."));
    fillContents({});
    w.cursor().endEditBlock();
}

QList<int> PacketDocument::headingPages() const
{
    QList<int> pages;
    const qreal pageHeight = m_document->pageSize().height();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(HeadingLevelProperty))
            pages.append(int(m_document->documentLayout()->blockBoundingRect(block).top() / pageHeight) + 1);
    }
    return pages;
}

PacketDocument::~PacketDocument() = default;

void PacketDocument::fillContents(const QList<int> &pages)
{
    QTextCursor cursor = m_contents->firstCursorPosition();
    cursor.beginEditBlock();
    // Replace whatever an earlier pass wrote.
    cursor.setPosition(m_contents->lastPosition(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 90), QTextLength(QTextLength::PercentageLength, 10)});
    QTextTable *table = cursor.insertTable(int(m_headings.size()), 2, format);
    for (int i = 0; i < m_headings.size(); ++i) {
        const PacketHeading &h = m_headings[i];
        QTextCharFormat chars;
        chars.setFontPointSize(h.level == 1 ? 10.5 : 9.5);
        if (h.level == 1)
            chars.setFontWeight(QFont::Bold);
        const QString indent = QString(h.level == 1 ? 0 : (h.level - 1) * 4, QChar::Nbsp);
        table->cellAt(i, 0).firstCursorPosition().insertText(indent + h.title, chars);
        QTextCursor number = table->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        number.insertText(i < pages.size() ? QString::number(pages[i]) : u"000"_s, chars);
    }
    cursor.endEditBlock();
}

} // namespace greenlight::app
