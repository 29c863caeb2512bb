"""One construct per certctl component; each takes the shared Context keyword-only."""
