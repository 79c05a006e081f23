"""police HTTP API (公安联动); its resources arrive with its issue."""
from fastapi import APIRouter

router = APIRouter(prefix="/api/v1", tags=["police"])
