"""procuratorate HTTP API (河长+检察长); its resources arrive with its issue."""
from fastapi import APIRouter

router = APIRouter(prefix="/api/v1", tags=["procuratorate"])
