#include "palettecolours.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace clm::ui {

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// Keeps a label's text colour in step with the palette: re-applied on every palette change.
class Recolour final : public QObject
{
public:
    using Pick = QColor (*)(const QPalette &);

    Recolour(QWidget *label, Pick pick)
        : QObject(label)
        , m_pick(pick)
    {
        apply(label);
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && !m_applying)
            apply(static_cast<QWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }

private:
    void apply(QWidget *label)
    {
        m_applying = true;
        QPalette palette = QApplication::palette(label);
        palette.setColor(QPalette::WindowText, m_pick(palette));
        label->setPalette(palette);
        m_applying = false;
    }

    Pick m_pick;
    bool m_applying = false;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return first > second ? first / second : second / first;
}

QColor readableOn(const QColor &colour, const QColor &background, const QColor &text)
{
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(colour, text, step / 10.0);
        if (contrastRatio(candidate, background) >= kMinimumTextContrast)
            return candidate;
    }
    return text;
}

QColor errorText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    // A red of the palette's own lightness: deep on a light window, soft on a dark one.
    const QColor red = luminance(window) > 0.2 ? QColor::fromHsl(4, 170, 90) : QColor::fromHsl(4, 230, 190);
    return readableOn(red, window, palette.color(QPalette::WindowText));
}

QColor hintText(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Window),
                      palette.color(QPalette::WindowText));
}

QPalette noticePalette(const QPalette &palette)
{
    QPalette notice = palette;
    const QColor base = palette.color(QPalette::ToolTipBase);
    const QColor text = palette.color(QPalette::ToolTipText);
    notice.setColor(QPalette::Window, base);
    notice.setColor(QPalette::WindowText, readableOn(text, base, palette.color(QPalette::WindowText)));
    notice.setColor(QPalette::Link, readableOn(palette.color(QPalette::Link), base, text));
    notice.setColor(QPalette::ButtonText, notice.color(QPalette::WindowText));
    return notice;
}

std::pair<QColor, QColor> badgeColours(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::HighlightedText);
    const QColor away = luminance(text) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    return {readableOn(palette.color(QPalette::Highlight), text, away), text};
}

void showAsError(QWidget *label)
{
    new Recolour(label, &errorText);
}

void showAsHint(QWidget *label)
{
    new Recolour(label, &hintText);
}

} // namespace clm::ui
