package org.onestop.reforms.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.ReferenceDataException;
import org.onestop.kernel.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the monitor's shipped data at start-up, in every environment. Every entry of every file is
 * checked first; one wrong entry stops the start-up with its file, line and reason and nothing is
 * stored. Then, in one transaction: an entry whose hash equals the one its row was loaded from is
 * left alone (so a second start changes nothing, and an analyst's edit of the row stays); any
 * other entry is stored as a new row or a new version of its row, journalled.
 */
@org.springframework.stereotype.Component
class ReformLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReformLoader.class);
    private static final Actor LOADER = Actor.system("reforms-loader");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReformFiles files;
    private final ReformWrites writes;
    private final TransactionTemplate transaction;

    ReformLoader(ReformFiles files, ReformWrites writes, TransactionTemplate transaction) {
        this.files = files;
        this.writes = writes;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        List<Checked<Monitor.Item>> items = check("items", files.items(), ReformRules::item);
        List<Checked<Monitor.Programme>> programmes = check("programmes", files.programmes(), ReformRules::programme);
        List<Checked<Monitor.Act>> acts = check("acts", files.acts(), ReformRules::act);
        List<Checked<Monitor.Series>> indicators = check("indicators", files.indicators(), ReformRules::series);
        int changed = transaction.execute(status -> {
            writes.lock();
            int count = 0;
            Map<String, String> hashes = writes.shippedHashes(ReformWrites.Table.ITEM);
            for (Checked<Monitor.Item> c : items) {
                if (!c.hash().equals(hashes.get(c.code()))) {
                    writes.item(c.value(), c.position(), c.hash(), LOADER, "reforms.item.loaded");
                    count++;
                }
            }
            hashes = writes.shippedHashes(ReformWrites.Table.PROGRAMME);
            for (Checked<Monitor.Programme> c : programmes) {
                if (!c.hash().equals(hashes.get(c.code()))) {
                    writes.programme(c.value(), c.position(), c.hash(), LOADER);
                    count++;
                }
            }
            hashes = writes.shippedHashes(ReformWrites.Table.ACT);
            for (Checked<Monitor.Act> c : acts) {
                if (!c.hash().equals(hashes.get(c.code()))) {
                    writes.act(c.value(), c.position(), c.hash(), LOADER);
                    count++;
                }
            }
            hashes = writes.shippedHashes(ReformWrites.Table.INDICATOR);
            for (Checked<Monitor.Series> c : indicators) {
                if (!c.hash().equals(hashes.get(c.code()))) {
                    writes.indicator(c.value(), c.position(), c.hash(), LOADER);
                    count++;
                }
            }
            return count;
        });
        log.info("Reform monitor loaded: {} new or changed entries", changed);
    }

    /** A checked entry: its code, its place in its file, the value to store and the entry's hash. */
    private record Checked<T>(String code, int position, T value, String hash) {
    }

    private <E, T> List<Checked<T>> check(String kind, List<DataFile.Located<E>> entries, Function<E, T> rules) {
        List<Checked<T>> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DataFile.Located<E> entry : entries) {
            String where = files.name(kind) + ": line " + entry.line();
            try {
                T value = rules.apply(entry.value());
                String code = code(value);
                if (!codes.add(code)) {
                    throw new IllegalArgumentException("the code " + code + " appears twice");
                }
                checked.add(new Checked<>(code, checked.size(), value, Sha256.hex(JSON.writeValueAsString(entry.value()))));
            } catch (IllegalArgumentException | org.onestop.kernel.DomainException e) {
                throw new ReferenceDataException(where, e.getMessage());
            }
        }
        if (checked.isEmpty()) {
            throw new ReferenceDataException(files.name(kind), "lists no " + kind);
        }
        return checked;
    }

    private static String code(Object value) {
        return switch (value) {
            case Monitor.Item i -> i.code();
            case Monitor.Programme p -> p.code();
            case Monitor.Act a -> a.code();
            case Monitor.Series s -> s.code();
            default -> throw new IllegalStateException("unexpected " + value);
        };
    }
}
