package org.onestop.catalog.internal;

/** What a standard refers to outside itself, so that {@link StandardRules} can check it. */
interface RegisterContext {

    /** For reading back what was stored: it was checked when it was published. */
    RegisterContext STORED = new RegisterContext() {
        @Override
        public boolean bodyExists(String code) {
            return true;
        }

        @Override
        public boolean hasTerritorialDepartments(String code) {
            return true;
        }

        @Override
        public boolean workflowExists(String code) {
            return true;
        }
    };

    boolean bodyExists(String code);

    /** Whether the body has territorial departments that can deliver a service in the regions. */
    boolean hasTerritorialDepartments(String code);

    boolean workflowExists(String code);
}
