#include "targetdialog.h"

#include "platforms.h"
#include "pushurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace lj::push {

TargetDialog::TargetDialog(const PushTarget &target, bool hasSavedKey, QWidget *parent)
    : QDialog(parent), m_target(target), m_hasSavedKey(hasSavedKey), m_platform(new QComboBox(this)),
      m_name(new QLineEdit(target.name, this)), m_server(new QLineEdit(target.server, this)),
      m_key(new QLineEdit(this)), m_reveal(new QCheckBox(tr("Show key"), this)), m_hint(new QLabel(this)),
      m_expiry(new QLabel(this)), m_problem(new QLabel(this)), m_ownEncoder(new QCheckBox(tr("Encode separately for this platform"), this)),
      m_bitrate(new QSpinBox(this)), m_delay(new QSpinBox(this)), m_retries(new QSpinBox(this)),
      m_classroom(new QCheckBox(tr("Classroom address: used only in rehearsals (彩排), never in a public show"), this)),
      m_main(new QCheckBox(tr("Main platform: on a weak network the others pause first"), this)),
      m_relayEngine(new QComboBox(this)), m_relayStat(new QLineEdit(target.relayStatUrl, this)), m_srtLatency(new QSpinBox(this)),
      m_srtPassphrase(new QLineEdit(this)), m_canvas(new QComboBox(this))
{
    setObjectName(QStringLiteral("pushTargetDialog"));
    setWindowTitle(target.name.isEmpty() ? tr("Add push target") : tr("Edit push target"));
    for (const Platform &p : Platforms::all())
        m_platform->addItem(p.name, p.id);
    m_platform->setCurrentIndex(m_platform->findData(target.platform));
    m_platform->setObjectName(QStringLiteral("platform"));
    m_name->setObjectName(QStringLiteral("name"));
    m_server->setObjectName(QStringLiteral("server"));
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(hasSavedKey ? tr("Saved in the system keychain; leave empty to keep it")
                                          : tr("Stream key (推流码)"));
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    m_hint->setWordWrap(true);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_ownEncoder->setChecked(target.ownEncoder);
    m_classroom->setObjectName(QStringLiteral("classroom"));
    m_classroom->setChecked(target.classroom);
    m_main->setObjectName(QStringLiteral("mainPlatform"));
    m_main->setChecked(target.main);
    m_relayEngine->setObjectName(QStringLiteral("relayEngine"));
    m_relayEngine->addItem(QStringLiteral("nginx-rtmp"), QStringLiteral("nginx-rtmp"));
    m_relayEngine->addItem(QStringLiteral("SRS"), QStringLiteral("srs"));
    m_relayEngine->setCurrentIndex(qMax(0, m_relayEngine->findData(target.relayEngine)));
    m_relayStat->setObjectName(QStringLiteral("relayStatUrl"));
    m_relayStat->setPlaceholderText(tr("http://server:8080/stat (nginx-rtmp) or http://server:1985/api/v1/streams (SRS)"));
    m_srtLatency->setObjectName(QStringLiteral("srtLatency"));
    m_srtLatency->setRange(0, 10000);
    m_srtLatency->setSingleStep(20);
    m_srtLatency->setSuffix(tr(" ms"));
    m_srtLatency->setSpecialValueText(tr("The server's default"));
    m_srtLatency->setValue(target.srtLatencyMs);
    m_srtLatency->setToolTip(tr("How long the receiver waits for lost packets: on a shaky 4G link, 500 to 2000 ms keeps the picture whole."));
    m_srtPassphrase->setObjectName(QStringLiteral("srtPassphrase"));
    m_srtPassphrase->setEchoMode(QLineEdit::Password);
    m_srtPassphrase->setPlaceholderText(target.srtPassphrase ? tr("Saved in the system keychain; leave empty to keep it")
                                                             : tr("Only if the server asks for one (10 to 79 characters)"));
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_canvas->addItem(tr("Landscape 16:9 (computers, TV)"), false);
    m_canvas->addItem(tr("Portrait 9:16 (phones: 抖音, 快手, 视频号)"), true);
    m_canvas->setCurrentIndex(target.portrait ? 1 : 0);
    m_canvas->setToolTip(tr("The portrait canvas has its own scene: the same camera and products, laid out for a phone."));
    m_canvasChosen = !target.name.isEmpty(); // an existing target keeps what it had
    m_bitrate->setRange(0, 50000);
    m_bitrate->setSuffix(tr(" kbps"));
    m_bitrate->setSpecialValueText(tr("Room's bitrate"));
    m_bitrate->setValue(target.videoBitrateKbps);
    m_delay->setRange(1, 600);
    m_delay->setSuffix(tr(" s"));
    m_delay->setValue(target.reconnectDelaySec);
    m_retries->setRange(0, 10000);
    m_retries->setValue(target.maxRetries);

    auto *form = new QFormLayout;
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(m_hint);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Stream key:"), m_key);
    form->addRow(tr("Canvas:"), m_canvas);
    form->addRow(QString(), m_reveal);
    form->addRow(m_expiry);
    form->addRow(tr("SRT latency:"), m_srtLatency);
    form->addRow(tr("SRT passphrase:"), m_srtPassphrase);
    form->addRow(tr("Relay server:"), m_relayEngine);
    form->addRow(tr("Relay statistics:"), m_relayStat);
    form->addRow(m_classroom);
    form->addRow(m_main);
    form->addRow(m_ownEncoder);
    form->addRow(tr("Video bitrate:"), m_bitrate);
    form->addRow(tr("Reconnect after:"), m_delay);
    form->addRow(tr("Give up after tries:"), m_retries);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &TargetDialog::onPlatformChanged);
    connect(m_canvas, &QComboBox::activated, this, [this] { m_canvasChosen = true; });
    connect(m_server, &QLineEdit::editingFinished, this, &TargetDialog::onAddressEdited);
    // A URL pasted into the key field is split at once; one being typed, when the host leaves the field
    // (an SRT address is valid long before it is complete: srt://b).
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool pasted = text.size() - m_keyLength > 1;
        m_keyLength = int(text.size());
        if (pasted) {
            onAddressEdited();
        } else {
            m_problem->clear();
            updateExpiry();
        }
    });
    connect(m_key, &QLineEdit::editingFinished, this, &TargetDialog::onAddressEdited);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ownEncoder, &QCheckBox::toggled, m_bitrate, &QWidget::setEnabled);
    m_bitrate->setEnabled(target.ownEncoder);
    onPlatformChanged();
    updateExpiry();
}

void TargetDialog::onPlatformChanged()
{
    const Platform &p = Platforms::byId(m_platform->currentData().toString());
    m_hint->setText(p.hint);
    // A relay's engine and statistics page, SRT's options; a relay is never the main platform (it carries them all).
    const bool relay = p.id == QLatin1String("relay"), srt = p.id == QLatin1String("srt");
    const auto showRow = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout()))
            if (QWidget *label = form->labelForField(field))
                label->setVisible(visible);
    };
    showRow(m_relayEngine, relay);
    showRow(m_relayStat, relay);
    showRow(m_srtLatency, srt);
    showRow(m_srtPassphrase, srt);
    m_main->setVisible(!relay);
    if (!m_canvasChosen) // the phone platforms' rooms are portrait
        m_canvas->setCurrentIndex(p.portrait ? 1 : 0);
    if (m_server->text().trimmed().isEmpty() || m_server->text() == Platforms::byId(m_target.platform).defaultServer)
        m_server->setText(p.defaultServer);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(p.name);
}

void TargetDialog::onAddressEdited()
{
    // A whole URL pasted into the key field, or a server address that carries a
    // key (split when the host leaves the field, so typing is not disturbed).
    const bool urlInKey = m_key->text().contains(QLatin1String("://"));
    const bool keyInServer = !m_server->hasFocus() && m_key->text().isEmpty() && !m_server->text().isEmpty() &&
                             !m_server->text().endsWith(QLatin1Char('/'));
    if (urlInKey || keyInServer) {
        const PushUrl url = PushUrl::split(m_server->text(), m_key->text());
        if (url.isValid()) {
            m_server->setText(url.server);
            m_key->setText(url.key);
            m_keyLength = int(url.key.size());
            if (!url.passphrase.isEmpty()) // pasted inside an SRT address: to its own masked field, never the saved server
                m_srtPassphrase->setText(url.passphrase);
        }
    }
    m_problem->clear();
    updateExpiry();
}

void TargetDialog::updateExpiry()
{
    const QDateTime expiry = PushUrl::expiry(m_key->text());
    if (!expiry.isValid()) {
        m_expiry->clear();
        return;
    }
    const QString when = QLocale().toString(expiry, QLocale::ShortFormat);
    m_expiry->setText(expiry <= QDateTime::currentDateTime()
                          ? tr("⚠ This push URL expired at %1. Get a new one before going live.").arg(when)
                          : tr("This push URL is valid until %1.").arg(when));
    m_expiry->setStyleSheet(expiry <= QDateTime::currentDateTime() ? QStringLiteral("color: #c62828") : QString());
}

PushUrl TargetDialog::address() const
{
    // With a saved key and an empty key field, only the server is checked.
    const QString key = m_key->text().isEmpty() && m_hasSavedKey ? QStringLiteral("saved") : m_key->text();
    return PushUrl::split(m_server->text(), key);
}

PushTarget TargetDialog::target() const
{
    PushTarget t = m_target;
    t.platform = m_platform->currentData().toString();
    t.name = m_name->text().trimmed();
    const PushUrl url = address();
    t.server = url.server.isEmpty() ? m_server->text().trimmed() : url.server;
    t.ownEncoder = m_ownEncoder->isChecked();
    t.classroom = m_classroom->isChecked();
    t.main = m_main->isChecked() && !t.isRelay();
    t.relayEngine = m_relayEngine->currentData().toString();
    t.relayStatUrl = m_relayStat->text().trimmed();
    t.srtLatencyMs = m_srtLatency->value();
    t.portrait = m_canvas->currentData().toBool();
    t.videoBitrateKbps = m_bitrate->value();
    t.reconnectDelaySec = m_delay->value();
    t.maxRetries = m_retries->value();
    return t;
}

QString TargetDialog::passphrase() const
{
    return m_srtPassphrase->text();
}

QString TargetDialog::key() const
{
    return m_key->text().trimmed().isEmpty() ? QString() : address().key;
}

void TargetDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the target a name."));
        return;
    }
    const PushUrl url = address();
    if (!url.isValid()) {
        m_problem->setText(url.error);
        return;
    }
    if (const QString problem = PushUrl::checkPassphrase(passphrase()); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace lj::push
