#include "evalimport/evalcsv.h"

#include "usage/csvreader.h"

#include <QBuffer>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<EvalCases> EvalCsv::read(const QByteArray &csv, const QString &categoryKey)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a spreadsheet's byte order mark
        bytes.remove(0, 3);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QByteArrayView> cells;

    enum Column { Case, Category, Passed, Secrets, ColumnCount };
    const QStringList names{u"case"_s, categoryKey, u"passed"_s, QString(EvalResultsFile::secretsKey)};
    if (names.count(categoryKey) > 1)
        return fail({},
                    tr("the category cannot come from the column \"%1\", which has its own meaning").arg(categoryKey));
    if (!reader.next(cells))
        return fail(EvalResultsFile::lineText(1),
                    reader.unterminatedQuote() ? tr("unterminated quoted field") : tr("no header row"));
    QList<int> columnOf(ColumnCount, -1);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString name = QString::fromUtf8(cells[i].trimmed());
        const int column = int(names.indexOf(name));
        if (column < 0)
            return fail(EvalResultsFile::lineText(reader.recordLine()),
                        tr("unknown column \"%1\" (expected: %2)").arg(name, names.join(u", "_s)));
        if (columnOf[column] >= 0)
            return fail(EvalResultsFile::lineText(reader.recordLine()), tr("column \"%1\" appears twice").arg(name));
        columnOf[column] = int(i);
    }
    for (int column : {Case, Category, Passed}) {
        if (columnOf[column] < 0)
            return fail(EvalResultsFile::lineText(reader.recordLine()),
                        tr("the header has no column \"%1\"").arg(names[column]));
    }
    const qsizetype width = cells.size();

    EvalCases cases;
    cases.format = EvalCases::Format::Csv;
    while (reader.next(cells)) {
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        const QString where = EvalResultsFile::lineText(reader.recordLine());
        if (cells.size() != width)
            return fail(where, tr("%1 fields, but the header has %2").arg(cells.size()).arg(width));
        const auto text = [&](Column column) {
            return columnOf[column] < 0 ? QString() : QString::fromUtf8(cells[columnOf[column]].trimmed());
        };
        EvalCase c;
        c.name = text(Case);
        if (c.name.isEmpty())
            return fail(where, tr("case: empty (every row names its test case)"));
        const QString which = tr("case \"%1\"").arg(c.name);
        const Result<EvalCategory> category = EvalResultsFile::category(text(Category));
        if (!category)
            return fail(where, u"%1: %2: %3"_s.arg(categoryKey, which, category.error().message));
        c.category = *category;
        const QString passed = text(Passed);
        const std::optional<bool> pass = passed.isEmpty() ? std::nullopt : EvalResultsFile::flag(passed);
        if (!pass)
            return fail(where, tr("passed: %1: \"%2\" is not true or false").arg(which, passed));
        c.passed = *pass;
        const std::optional<bool> secrets = EvalResultsFile::flag(text(Secrets));
        if (!secrets)
            return fail(where, tr("secrets_found: %1: \"%2\" is not true or false").arg(which, text(Secrets)));
        c.secretsFound = *secrets;
        cases.cases.append(c);
    }
    if (reader.unterminatedQuote())
        return fail(EvalResultsFile::lineText(reader.recordLine()), tr("unterminated quoted field"));
    if (cases.cases.isEmpty())
        return fail({}, tr("no test cases (only the header row)"));
    return cases;
}

} // namespace greenlight::models
