// Every layer library compiles this, so a layer whose sources are not yet written
// still configures; it defines nothing.
