#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace lj {
class SecretStore;
}

namespace lj::catalog {

class CatalogDb;
class ImageCache;
class ProductTableModel;
class RundownModel;
class ShowStore;
class SyncRunner;

/// The catalog panel: search and edit products, import and export, sync with
/// the province platform, and plan rundowns.
class CatalogDock final : public QWidget {
    Q_OBJECT
public:
    /// `secrets`: the catalog plugin's keychain namespace (the platform token).
    CatalogDock(SecretStore &secrets, CatalogDb &db, QWidget *parent = nullptr);
    ~CatalogDock() override;

    ProductTableModel *products() const { return m_products; }
    RundownModel *rundown() const { return m_rundown; }
    void search();
    void syncNow();
    bool importFile(const QString &path, bool takeGoodRows, QString *report);

Q_SIGNALS:
    /// Products or rundowns were changed here (for the catalog service's listeners).
    void changed();

private:
    QWidget *buildProductsTab();
    QWidget *buildRundownsTab();
    /// Products were added, edited, imported or synced.
    void catalogChanged();
    void editProduct(int row);
    void reloadRundowns(qint64 select = 0);
    void saveRundown();
    void updateSyncStatus(const QString &message = {});

    SecretStore &m_secrets;
    CatalogDb &m_db;
    ImageCache *m_images;
    ProductTableModel *m_products;
    RundownModel *m_rundown;
    SyncRunner *m_sync;
    QLineEdit *m_query = nullptr;
    QComboBox *m_category = nullptr, *m_origin = nullptr, *m_cert = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncButton = nullptr, *m_cancelButton = nullptr;
    QLabel *m_syncStatus = nullptr;
    QComboBox *m_rundowns = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace lj::catalog
