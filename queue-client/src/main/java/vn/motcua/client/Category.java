package vn.motcua.client;

/** Visitor categories of DESIGN.md; everything but NORMAL is served with priority. */
public enum Category {
    NORMAL, ELDERLY, DISABLED, PREGNANT, MERIT, CHILD, APPOINTMENT;

    public boolean isPriority() {
        return this != NORMAL;
    }
}
