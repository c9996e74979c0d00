// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Options.h"

namespace scwres::cli {

Options Options::parse(const QStringList &args, const QStringList &known)
{
    Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            options.positional << word;
            continue;
        }
        QString name = word;
        QString value;
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = word.left(eq);
            value = word.mid(eq + 1);
        }
        if (!known.contains(name)) {
            options.error = QStringLiteral("unknown option '%1'").arg(name);
            return options;
        }
        if (eq < 0) {
            if (i + 1 >= args.size()) {
                options.error = QStringLiteral("option '%1' needs a value").arg(name);
                return options;
            }
            value = args.at(++i);
        }
        options.values.insert(name, value);
    }
    return options;
}

} // namespace scwres::cli
