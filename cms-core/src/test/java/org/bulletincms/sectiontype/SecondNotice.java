package org.bulletincms.sectiontype;

/** Another plugin's type that claims the id of {@link Notice}. */
public class SecondNotice extends Notice {}
