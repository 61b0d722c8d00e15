package vn.motcua.server.procedure;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for search: no marks, đ as d, lower case, single spaces; "Khai sinh" = "khai sinh" = "KHAI SINH". */
public final class SearchKey {
    private SearchKey() {
    }

    public static String of(String text) {
        String nfd = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        String bare = nfd.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", " ").strip();
    }
}
