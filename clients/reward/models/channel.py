from enum import StrEnum


class Channel(StrEnum):
    COURT_WECHAT = "court_wechat"
    COURT_WEIBO = "court_weibo"
    NATIONAL_PLATFORM = "national_platform"
    NOTICE_BOARD = "notice_board"
    OTHER_MEDIA = "other_media"

    def __str__(self) -> str:
        return str(self.value)
