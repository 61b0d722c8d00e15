package vn.motcua.kiosk.printer;

import java.util.List;

/**
 * Something to print, as a list of blocks from top to bottom: a queue ticket now, a dossier receipt
 * later. Independent of paper width and printer: the encoder decides raster or text commands.
 */
public interface PrintDocument {

    List<PrintBlock> blocks();

    static PrintDocument of(List<PrintBlock> blocks) {
        List<PrintBlock> copy = List.copyOf(blocks);
        return () -> copy;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects blocks in print order. */
    final class Builder {
        private final java.util.ArrayList<PrintBlock> blocks = new java.util.ArrayList<>();

        private Builder() {
        }

        public Builder text(String text, PrintBlock.Align align, PrintBlock.Size size) {
            blocks.add(new PrintBlock.Text(text, align, size));
            return this;
        }

        public Builder centred(String text, PrintBlock.Size size) {
            return text(text, PrintBlock.Align.CENTER, size);
        }

        public Builder qr(String data) {
            blocks.add(new PrintBlock.Qr(data));
            return this;
        }

        public Builder rule() {
            blocks.add(new PrintBlock.Rule());
            return this;
        }

        public Builder feed(int lines) {
            blocks.add(new PrintBlock.Feed(lines));
            return this;
        }

        public Builder cut() {
            blocks.add(new PrintBlock.Cut());
            return this;
        }

        public PrintDocument build() {
            return PrintDocument.of(blocks);
        }
    }
}
