// The About box. KD_VERSION comes from project() in the root CMakeLists.txt and KD_LICENSE_SPDX
// from packaging/CMakeLists.txt, so the dialog, --version and the packages never disagree.
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef KD_LICENSE_SPDX
#define KD_LICENSE_SPDX "GPL-3.0-or-later"
#endif

namespace kd {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Klachtdesk"));

    auto *icon = new QLabel(this);
    // The window icon is the embedded SVG (app/gui sets it); an empty icon just shows nothing.
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("<h2>Klachtdesk</h2>"), this);
    auto *summary = new QLabel(tr("Register, assess and answer customer complaints, on your own "
                                  "workstation or together through a central server."),
                               this);
    summary->setWordWrap(true);

    m_version = new QLabel(tr("Version %1").arg(QStringLiteral(KD_VERSION)), this);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Built against one Qt, running on another is possible on Linux: show both when they differ.
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString buildQt = QStringLiteral(QT_VERSION_STR);
    m_qtVersion = new QLabel(runtimeQt == buildQt
                                 ? tr("Uses Qt %1").arg(runtimeQt)
                                 : tr("Uses Qt %1 (built with Qt %2)").arg(runtimeQt, buildQt),
                             this);
    m_qtVersion->setObjectName(QStringLiteral("qtVersionLabel"));

    m_licence = new QLabel(tr("Licence: %1").arg(QStringLiteral(KD_LICENSE_SPDX)), this);
    m_licence->setObjectName(QStringLiteral("licenceLabel"));

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(m_version);
    text->addWidget(m_qtVersion);
    text->addWidget(m_licence);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::qtVersionText() const
{
    return m_qtVersion->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

} // namespace kd
