// The About box: program name, version (the CMake project version), licence and Qt version.
#pragma once

#include <QDialog>

class QLabel;

namespace kd {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version line as shown, e.g. "Version 0.1.0"; tests compare it with KD_VERSION.
    QString versionText() const;
    QString qtVersionText() const;
    QString licenceText() const;

private:
    QLabel *m_version = nullptr;
    QLabel *m_qtVersion = nullptr;
    QLabel *m_licence = nullptr;
};

} // namespace kd
