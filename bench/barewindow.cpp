// The start-up reference: a bare Qt window with a table, quitting after its first paint.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(20, 6, &window);
    for (int row = 0; row < 20; ++row) {
        for (int column = 0; column < 6; ++column)
            table->setItem(row, column, new QTableWidgetItem(QString::number(row * column)));
    }
    window.setCentralWidget(table);
    window.resize(1200, 760);
    greenlight::ui::quitAfterFirstPaintIfAsked(window);
    window.show();
    return QApplication::exec();
}
