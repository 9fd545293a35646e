#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace greenlight::app {

/**
 * Charts inside a QTextDocument: each is an object character whose format names a chart maker;
 * the chart is built and drawn with the painter the document is drawn with (on a PDF: vectors).
 */
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Maker = std::function<QChart *()>;
    static constexpr int Type = QTextFormat::UserObject + 1;

    explicit ChartObject(QObject *parent = nullptr) : QObject(parent) {}
    /// Registers the handler with @p document's layout (once per document).
    void install(QTextDocument *document);
    /// The format to insert (with QChar::ObjectReplacementCharacter) for a chart of @p size made by @p make.
    [[nodiscard]] QTextCharFormat add(Maker make, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QList<Maker> m_makers;
};

} // namespace greenlight::app
