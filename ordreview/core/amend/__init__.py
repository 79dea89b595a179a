"""Amendment bills (一部改正条例案): parse, apply, verify and generate."""
