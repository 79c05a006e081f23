"""mediation HTTP API (和解中心); its resources arrive with its issue."""
from fastapi import APIRouter

router = APIRouter(prefix="/api/v1", tags=["mediation"])
