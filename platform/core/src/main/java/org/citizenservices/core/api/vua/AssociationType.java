package org.citizenservices.core.api.vua;

/** How a Verified User Account relates to a patient. */
public enum AssociationType {
    /** The citizen is the patient; at most one per account. */
    SELF,
    /** The citizen acts for another patient (a parent for a child, a carer); any number per account. */
    PROXY
}
