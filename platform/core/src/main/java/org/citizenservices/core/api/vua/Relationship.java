package org.citizenservices.core.api.vua;

/** How the citizen is related to the patient on an association. */
public enum Relationship {
    SELF("Self"),
    MOTHER("Mother"),
    FATHER("Father"),
    GUARDIAN("Legal guardian"),
    SON("Son"),
    DAUGHTER("Daughter"),
    SPOUSE("Husband, wife or civil partner"),
    PARTNER("Partner"),
    SIBLING("Brother or sister"),
    RELATIVE("Other relative"),
    FRIEND("Friend"),
    CARER("Carer"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
