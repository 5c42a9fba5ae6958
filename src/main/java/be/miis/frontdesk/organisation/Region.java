package be.miis.frontdesk.organisation;

public enum Region {
    FLANDERS,
    WALLONIA,
    BRUSSELS
}
