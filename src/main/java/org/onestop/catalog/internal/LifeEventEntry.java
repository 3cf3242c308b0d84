package org.onestop.catalog.internal;

import java.util.List;
import org.onestop.kernel.LocalizedText;

/** A life event as the register's file writes it. */
record LifeEventEntry(String code, LocalizedText name, LocalizedText description, List<String> services) {
}
