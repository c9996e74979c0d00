// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

class QWidget;

namespace scwres::TextLimitGuard {

// Holds every text field under root to what the program keeps (core/TextLimits.h): one-line
// fields at 200 characters, multi-line ones at 20,000, both NFC and free of control characters,
// fixed as they are typed or pasted, so an editor can never hold what the reader would refuse.
// Call once per form, after its widgets exist.
void apply(QWidget *root);

} // namespace scwres::TextLimitGuard
