// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "JsonInputCheck.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace scwres {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::JsonInputCheck", text);
}

// Keeps the path to the value being read, the keys seen in each open object, and stops at the
// first fault (returning false from a SAX event ends the parse).
class Checker final : public nlohmann::json_sax<json> {
public:
    explicit Checker(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    QString error() const { return m_error; }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }

    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }

    bool key(string_t &key) override
    {
        Frame &frame = m_frames.back();
        frame.key = key;
        if (!frame.keys.insert(key).second)
            return fail(path(m_frames.size() - 1),
                        tr("the key \"%1\" appears twice; each field may be given only once")
                            .arg(QString::fromStdString(key).left(60)));
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e) override
    {
        const QString where = path(m_frames.size());
        // 406: a number too large for a double (1e400); the rest are syntax errors.
        const QString what = e.id == 406 ? tr("a number is too large (byte %1)").arg(position)
                                         : tr("not valid JSON (%1)").arg(QString::fromUtf8(e.what()));
        m_error = where.isEmpty() ? tr("The file is %1.").arg(what) : where + QStringLiteral(": ") + what;
        return false;
    }

private:
    struct Frame {
        bool object = false;
        std::size_t index = 0; // arrays: the index of the next value
        std::string key;       // objects: the key of the current value
        std::set<std::string> keys;
    };

    bool value()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
        return true;
    }

    bool open(bool object)
    {
        if (int(m_frames.size()) >= m_maxDepth)
            return fail(path(m_frames.size()),
                        tr("nested more than %1 levels deep, which no SC-WRES file is").arg(m_maxDepth));
        m_frames.push_back(Frame{object, 0, {}, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return value();
    }

    // The path to the value inside the first `depth` frames, e.g. "areas.adult.pay_bands[2]".
    QString path(std::size_t depth) const
    {
        QString out;
        for (std::size_t i = 0; i < depth && i < m_frames.size(); ++i) {
            const Frame &frame = m_frames[i];
            if (frame.object) {
                if (frame.key.empty() && frame.keys.empty())
                    break;
                if (!out.isEmpty())
                    out += QLatin1Char('.');
                out += QString::fromStdString(frame.key).left(60);
            } else {
                out += QStringLiteral("[%1]").arg(frame.index);
            }
        }
        if (out.size() > 120)
            out = out.left(117) + QStringLiteral("...");
        return out.isEmpty() ? QStringLiteral("(document)") : out;
    }

    bool fail(const QString &where, const QString &message)
    {
        m_error = where + QStringLiteral(": ") + message;
        return false;
    }

    int m_maxDepth;
    std::vector<Frame> m_frames;
    QString m_error;
};

} // namespace

QString checkJsonInput(const QByteArray &bytes, int maxDepth)
{
    Checker checker(maxDepth);
    const bool ok = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &checker);
    if (ok)
        return {};
    const QString error = checker.error();
    return error.isEmpty() ? tr("The file is not valid JSON.") : error;
}

} // namespace scwres
