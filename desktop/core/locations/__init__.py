"""Places: the gazetteer and which place lies in which, streets, roads and addresses."""
