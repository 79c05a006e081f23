from enum import StrEnum


class ObjectInKind(StrEnum):
    BUILDING = "building"
    CROPS_TREES = "crops_trees"
    FLOATING_BRIDGE = "floating_bridge"
    GARBAGE_SITE = "garbage_site"
    OTHER = "other"
    SAND_PIT = "sand_pit"

    def __str__(self) -> str:
        return str(self.value)
