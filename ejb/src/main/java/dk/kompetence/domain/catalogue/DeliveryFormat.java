package dk.kompetence.domain.catalogue;

/** Fremmøde, online, e-læring, supervision/praksisfællesskab. */
public enum DeliveryFormat {
    IN_PERSON,
    ONLINE,
    E_LEARNING,
    SUPERVISION
}
