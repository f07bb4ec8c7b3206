#include "productdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lj::catalog {

ProductDialog::ProductDialog(const Product &product, QWidget *parent) : QDialog(parent), m_product(product)
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.code.isEmpty() ? tr("Add product") : tr("Edit product"));
    auto line = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_code = line(QStringLiteral("code"), product.code);
    m_title = line(QStringLiteral("title"), product.title);
    m_points = line(QStringLiteral("sellingPoints"), product.sellingPoints);
    m_category = line(QStringLiteral("category"), product.category);
    m_origin = line(QStringLiteral("origin"), product.origin);
    m_certs = line(QStringLiteral("certifications"), product.certifications.join(QStringLiteral("、")));
    m_list = line(QStringLiteral("listPrice"), product.code.isEmpty() ? QString() : formatYuan(product.listPriceFen));
    m_live = line(QStringLiteral("livePrice"), product.code.isEmpty() ? QString() : formatYuan(product.livePriceFen));
    m_unit = line(QStringLiteral("unit"), product.unit);
    m_link = line(QStringLiteral("link"), product.linkUrl);
    m_stock = new QSpinBox(this);
    m_stock->setRange(0, 10000000);
    m_stock->setValue(product.stock);
    m_notes = new QPlainTextEdit(product.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));

    const bool platform = product.source == QLatin1String("platform");
    for (QLineEdit *e : {m_code, m_title, m_points, m_category, m_origin, m_certs, m_list, m_live, m_unit, m_link})
        e->setReadOnly(platform);
    m_code->setReadOnly(platform || !product.code.isEmpty());
    m_stock->setReadOnly(platform);

    auto *form = new QFormLayout;
    if (platform)
        form->addRow(new QLabel(tr("This product comes from the 龙江好货 platform; a sync keeps it up to date. "
                                   "Your notes are yours."), this));
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Selling points:"), m_points);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Origin:"), m_origin);
    form->addRow(tr("Certifications:"), m_certs);
    form->addRow(tr("List price (¥):"), m_list);
    form->addRow(tr("Live price (¥):"), m_live);
    form->addRow(tr("Stock:"), m_stock);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Product link:"), m_link);
    form->addRow(tr("My notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
}

Product ProductDialog::product() const
{
    Product p = m_product;
    p.notes = m_notes->toPlainText();
    if (p.source == QLatin1String("platform"))
        return p;
    p.code = m_code->text().trimmed();
    p.title = m_title->text().trimmed();
    p.sellingPoints = m_points->text().trimmed();
    p.category = m_category->text().trimmed();
    p.origin = m_origin->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[;；、,，]"));
    p.certifications = m_certs->text().split(separators, Qt::SkipEmptyParts);
    for (QString &c : p.certifications)
        c = c.trimmed();
    parseYuan(m_list->text(), &p.listPriceFen);
    parseYuan(m_live->text(), &p.livePriceFen);
    p.stock = m_stock->value();
    p.unit = m_unit->text().trimmed();
    p.linkUrl = m_link->text().trimmed();
    p.updatedAtMs = 0;
    return p;
}

void ProductDialog::accept()
{
    Fen fen = 0;
    if (m_product.source != QLatin1String("platform")) {
        if (m_code->text().trimmed().isEmpty() || m_title->text().trimmed().isEmpty()) {
            m_problem->setText(tr("A product needs a code and a title."));
            return;
        }
        if (!parseYuan(m_list->text(), &fen) || !parseYuan(m_live->text(), &fen)) {
            m_problem->setText(tr("Prices are in yuan with at most two decimals, such as 59.90."));
            return;
        }
    }
    QDialog::accept();
}

} // namespace lj::catalog
