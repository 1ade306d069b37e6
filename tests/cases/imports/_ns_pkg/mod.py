ns_value = "namespace"
