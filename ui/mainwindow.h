#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QTableView;

namespace greenlight::models {
class Database;
class UseCaseTableModel;
} // namespace greenlight::models

namespace greenlight::ui {

/// The main window: a navigation sidebar and the views of the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<models::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void reload();

    std::unique_ptr<models::Database> m_db;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_useCaseView = nullptr;
    models::UseCaseTableModel *m_useCases = nullptr;
};

} // namespace greenlight::ui
