#pragma once

#include "catalogtypes.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;

namespace lj::catalog {

/// Edits one product. A product from the platform is the platform's: only
/// the host's notes can change here.
class ProductDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ProductDialog(const Product &product, QWidget *parent = nullptr);
    Product product() const;
    void accept() override;

private:
    Product m_product;
    QLineEdit *m_code, *m_title, *m_points, *m_category, *m_origin, *m_certs, *m_list, *m_live, *m_unit, *m_link;
    QSpinBox *m_stock;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};

} // namespace lj::catalog
