// A child process for the kill test: registers complaints as fast as it can on the database it
// is given and prints each reference after its transaction committed, until it is killed.
#include "service/complaintservice.h"
#include "service/session.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = kd::openWorkstation(QString::fromLocal8Bit(argv[1]));
    if (!db)
        return 1;
    QTextStream out(stdout);
    kd::ComplaintService service(**db);
    for (int i = 0;; ++i) {
        kd::NewComplaint n;
        n.customer.name = QStringLiteral("Klant %1").arg(i % 50);
        n.customer.customerNumber = QStringLiteral("K%1").arg(i % 50);
        n.channel = QStringLiteral("email");
        n.description = QStringLiteral("Klacht nummer %1").arg(i);
        auto r = service.registerComplaint(n);
        if (!r)
            return 1;
        out << r->complaint.reference << Qt::endl; // flushed: the test sees it at once
    }
}
