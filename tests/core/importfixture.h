// Writing a CSV file into a test's folder and importing it: shared by the import tests.
#pragma once

#include "importing/importer.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace kd::test {

inline QString writeBytes(TempDatabase &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

inline ImportOptions complaintOptions()
{
    ImportOptions o;
    o.kind = ImportKind::Complaints;
    o.defaultChannel = QStringLiteral("email");
    return o;
}

inline ImportReport importBytes(TempDatabase &t, const QByteArray &bytes,
                                ImportOptions o = complaintOptions(),
                                const QString &name = u"in.csv"_qs)
{
    const QString path = writeBytes(t, name, bytes);
    auto r = Importer(t.db()).run(path, o);
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

// A complaints file of rows "<prefix><i>,2026-10-01,<word> <i>,<prefix><i>@example.nl".
inline QByteArray numberedComplaints(int rows, const QByteArray &prefix, const QByteArray &word)
{
    QByteArray file = "id,date,description,email\n";
    for (int i = 0; i < rows; ++i)
        file += prefix + QByteArray::number(i) + ",2026-10-01," + word + ' ' + QByteArray::number(i)
                + ',' + prefix.toLower() + QByteArray::number(i) + "@example.nl\n";
    return file;
}

inline const QByteArray kSimple = "id,datum,klant,email,omschrijving\n"
                                  "A1,05-10-2026,Sanne de Vries,sanne@example.nl,Pakket niet geleverd\n"
                                  "A2,06-10-2026,Jan Jansen,jan@example.nl,Factuur klopt niet\n"
                                  "A3,07-10-2026,Sanne de Vries,sanne@example.nl,Nog steeds niets\n";

} // namespace kd::test
