package org.onestop.catalog.internal;

import org.onestop.kernel.LocalizedText;

/** A workflow of the register's workflows file: its code and name (its states come with applications). */
record WorkflowEntry(String code, LocalizedText name) {
}
