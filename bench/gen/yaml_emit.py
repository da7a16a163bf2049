"""A small block-style YAML writer for the generators' own data (dicts, lists,
strings, numbers, booleans, None), so the benchmark needs nothing beyond the Python
standard library and writes the same bytes on every machine. Keys keep insertion
order, as a person writes a manifest. The data is ours and a few levels deep, so
the recursion is bounded by construction.
"""
import json
import re

# Plain scalars that YAML would read as something other than the same string.
_NEEDS_QUOTES = re.compile(
    r"""^$|^[\s\-?:,\[\]{}#&*!|>'"%@`~]|[:#]\s|:$|\s$|^(true|false|yes|no|on|off|null|y|n)$"""
    r"""|^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0[xo]""",
    re.IGNORECASE,
)


def scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if _NEEDS_QUOTES.search(value) or "\n" in value:
        return json.dumps(value)  # a JSON string is a valid double-quoted YAML scalar
    return value


def _emit(value, indent, out):
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{scalar(key)}:\n")
                _emit(item, indent + 2 if isinstance(item, dict) else indent, out)
            else:
                out.append(f"{pad}{scalar(key)}: {'{}' if item == {} else '[]' if item == [] else scalar(item)}\n")
    else:
        for item in value:
            if isinstance(item, dict) and item:
                lines = []
                _emit(item, indent + 2, lines)
                # The first key goes on the dash line: "- name: web".
                lines[0] = f"{pad}- " + lines[0][indent + 2:]
                out.extend(lines)
            elif isinstance(item, list) and item:
                out.append(f"{pad}-\n")
                _emit(item, indent + 2, out)
            else:
                out.append(f"{pad}- {'{}' if item == {} else '[]' if item == [] else scalar(item)}\n")


def document(value):
    """One YAML document (a mapping) as text, without the '---' separator."""
    out = []
    _emit(value, 0, out)
    return "".join(out)


def documents(values):
    """A multi-document stream, each document opened by '---'."""
    return "".join("---\n" + document(v) for v in values)
