// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace scwres {

// A multi-line plain-text field of the plan (line breaks and "- " lists kept as typed) that
// reports the text when the writer pauses or leaves the field, not on every key: each report
// is one saved, undoable edit, and consecutive ones merge into one undo step per field.
class PlanTextEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit PlanTextEdit(QWidget *parent = nullptr);

    // Shows text from the plan without reporting it back; keeps the cursor when nothing changed.
    void setTextQuietly(const QString &text);
    // Reports the text now if it differs from what the plan holds.
    void commit();

Q_SIGNALS:
    void edited(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QTimer *m_idle;
    QString m_stored;
};

} // namespace scwres
