"""Check rules, one module per family, registered in ``registry``."""
