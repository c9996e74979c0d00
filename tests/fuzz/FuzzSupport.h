// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

// Shared by the fuzz targets: an invariant check that libFuzzer sees as a crash, and an
// independent look at the raw JSON (duplicate keys, depth, the exact integers written) so a
// target can tell what the reader should have refused without trusting the reader's parse.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace scwres::fuzz {

// abort(), not an exception or a return code: libFuzzer and the regression driver both treat a
// deadly signal as the failure, and the message says which invariant broke.
[[noreturn]] inline void fail(const char *invariant, const std::string &detail = {})
{
    std::fprintf(stderr, "FUZZ INVARIANT BROKEN: %s%s%s\n", invariant, detail.empty() ? "" : ": ", detail.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const char *invariant, const std::string &detail = {})
{
    if (!ok)
        fail(invariant, detail);
}

// A whole number exactly as written in the file, before any conversion to int.
struct RawInteger {
    bool negative = false;
    std::uint64_t magnitude = 0;

    bool equals(long long value) const
    {
        if (value < 0)
            return negative && magnitude == static_cast<std::uint64_t>(-(value + 1)) + 1;
        return !negative && magnitude == static_cast<std::uint64_t>(value);
    }
};

// What a SAX pass over the bytes saw. Iterative (nlohmann's SAX parser keeps its own stack), so
// 100,000 nested brackets cannot overflow this side.
struct RawShape {
    bool wellFormed = false;
    std::size_t maxDepth = 0;
    std::optional<std::string> duplicateKey; // the first one found
    // Integers met as the value of a key, by "path" (keys joined with '.', array items as []),
    // e.g. "year" or "years[].year". Repeated paths keep every value, in file order.
    std::map<std::string, std::vector<std::optional<RawInteger>>> integersAt;
};

class RawShapeScanner : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit RawShapeScanner(RawShape &shape)
        : m_shape(shape)
    {
    }

    bool null() override { return scalar(std::nullopt); }
    bool boolean(bool) override { return scalar(std::nullopt); }
    bool number_integer(number_integer_t value) override
    {
        RawInteger raw;
        raw.negative = value < 0;
        raw.magnitude = value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
        return scalar(raw);
    }
    bool number_unsigned(number_unsigned_t value) override { return scalar(RawInteger{false, value}); }
    // A float is not a whole number to the reader either; recorded as "not an integer".
    bool number_float(number_float_t, const string_t &) override { return scalar(std::nullopt); }
    bool string(string_t &) override { return scalar(std::nullopt); }
    bool binary(binary_t &) override { return scalar(std::nullopt); }

    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t &name) override
    {
        Level &level = m_levels.back();
        if (!level.keys.insert(name).second && !m_shape.duplicateKey)
            m_shape.duplicateKey = pathOf(name);
        level.pendingKey = name;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    struct Level {
        bool object = false;
        std::set<std::string> keys;
        std::string pendingKey;
        std::string path; // of this container
    };

    std::string childPath() const
    {
        if (m_levels.empty())
            return {};
        const Level &level = m_levels.back();
        if (!level.object)
            return level.path + "[]";
        return level.path.empty() ? level.pendingKey : level.path + "." + level.pendingKey;
    }
    std::string pathOf(const std::string &key) const
    {
        const std::string &path = m_levels.back().path;
        return path.empty() ? key : path + "." + key;
    }
    bool scalar(std::optional<RawInteger> integer)
    {
        // Paths are only worth keeping near the top: deep ones are never read by a reader.
        if (integer && m_levels.size() <= 8)
            m_shape.integersAt[childPath()].push_back(integer);
        return true;
    }
    bool open(bool object)
    {
        Level level;
        level.object = object;
        if (m_levels.size() <= 8)
            level.path = childPath();
        m_levels.push_back(std::move(level));
        if (m_levels.size() > m_shape.maxDepth)
            m_shape.maxDepth = m_levels.size();
        return true;
    }
    bool close()
    {
        m_levels.pop_back();
        return true;
    }

    RawShape &m_shape;
    std::vector<Level> m_levels;
};

inline RawShape scanRawShape(const std::uint8_t *data, std::size_t size)
{
    RawShape shape;
    RawShapeScanner scanner(shape);
    shape.wellFormed = nlohmann::json::sax_parse(data, data + size, &scanner, nlohmann::json::input_format_t::json,
                                                 /*strict=*/true);
    return shape;
}

} // namespace scwres::fuzz
