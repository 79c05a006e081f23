"""reward HTTP API (法信悬赏); its resources arrive with its issue."""
from fastapi import APIRouter

router = APIRouter(prefix="/api/v1", tags=["reward"])
